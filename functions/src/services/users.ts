import { LIMITS, normalizeSingleLine } from '@candor/core';
import { FieldValue } from 'firebase-admin/firestore';
import { userRef } from './store';

export interface NewUser {
  uid: string;
  email?: string | undefined;
  displayName?: string | undefined;
}

/** A name to greet the user by when the account has none yet (email sign-up sets it later). */
export function initialDisplayName(user: NewUser): string {
  // A provider's profile name is text like any other: no controls or invisible characters.
  const fromProfile = normalizeSingleLine(user.displayName ?? '');
  if (fromProfile) return fromProfile.slice(0, LIMITS.displayName);
  const local = normalizeSingleLine(user.email?.split('@')[0] ?? '');
  return local ? local.slice(0, LIMITS.displayName) : 'there';
}

/**
 * Creates users/{uid} once. `create()` fails if the document exists, so a redelivered trigger
 * or a profile the user has already renamed is left untouched.
 */
export async function createUserProfile(user: NewUser): Promise<boolean> {
  try {
    await userRef(user.uid).create({
      displayName: initialDisplayName(user),
      email: user.email ?? '',
      createdAt: FieldValue.serverTimestamp(),
    });
    return true;
  } catch (error) {
    if (isAlreadyExists(error)) return false;
    throw error;
  }
}

function isAlreadyExists(error: unknown): boolean {
  // gRPC status 6 = ALREADY_EXISTS
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 6;
}
