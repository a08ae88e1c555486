/** Saves a blob as a file through a temporary link (what browsers offer for generated files). */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download holds its own reference by now; give the browser a moment before letting go.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
