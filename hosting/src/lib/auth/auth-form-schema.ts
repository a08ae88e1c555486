// The sign-in and sign-up forms' checks, loaded once the form is first checked so the pages'
// first load carries no schema library. Email and password are left to Firebase Auth, whose
// refusals read as today's messages (see auth-errors.ts); the name follows the profile's rules.
import { displayNameSchema } from '@candor/core';
import { z } from 'zod';

export const signInFormSchema = z.object({
  name: z.string(),
  email: z.string().trim(),
  password: z.string(),
});

export const signUpFormSchema = signInFormSchema.extend({ name: displayNameSchema });

export type AuthFormInput = z.input<typeof signInFormSchema>;
export type AuthFormOutput = z.output<typeof signInFormSchema>;
