import { Unavailable } from '@/components/ui/unavailable';

export default function NotFound() {
  return (
    <Unavailable title="Page not found" icon={false}>
      <p>That page does not exist or is no longer available.</p>
    </Unavailable>
  );
}
