import type { Metadata } from 'next';
import { InterviewView } from '@/components/interview-view';

export const metadata: Metadata = { title: 'Interview' };

export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <InterviewView id={id} />;
}
