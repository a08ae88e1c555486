// What only a sign-up needs (the schema library and Firestore), loaded when the form is sent,
// so the sign-in and sign-up pages do not carry it in their first load.
export { displayNameSchema } from '@candor/core';
export { saveDisplayNameWhenReady } from './user-profile';
