/**
 * Lower-case letters, digits, plus and hash only: "Node.js", "node js" and "NodeJS" agree. Its
 * own module, so the web app's tech-stack box can use it without bundling the question bank.
 */
export function normalizeTechName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9+#]/g, '');
}
