// What only a sign-up needs (Firestore, to write the profile), loaded when the form is sent,
// so the sign-in and sign-up pages do not carry it in their first load.
export { saveDisplayNameWhenReady } from './user-profile';
