import { userSchema } from '@candor/core';
import { readConverter, type Read } from '@/lib/firebase/converters';

/** users/{uid}; the owner may change only displayName (the rules say so) with updateDoc. */
export type UserDoc = Read<typeof userSchema>;

export const userConverter = readConverter(userSchema);
