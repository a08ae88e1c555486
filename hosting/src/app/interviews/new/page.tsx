import type { Metadata } from 'next';
import { CreateInterviewForm } from '@/components/create-interview-form';

export const metadata: Metadata = { title: 'New interview' };

export default function NewInterviewPage() {
  return <CreateInterviewForm />;
}
