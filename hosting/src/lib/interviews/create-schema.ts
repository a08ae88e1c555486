// The create form's check, in a module of its own so the schema library loads with the first
// check rather than with the page (create-interview-form.tsx).
export { createInterviewInputSchema } from '@candor/core';
