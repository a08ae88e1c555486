'use client';

import { Mic, MicOff } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';

/**
 * The candidate's own voice level, so they can see they are being heard. The SDK's audio
 * events carry the agent's audio, so this listens to a separate stream of the microphone.
 */
export function MicLevel({ muted }: { muted: boolean }) {
  const barRef = useRef<HTMLDivElement>(null);
  const [unavailable, setUnavailable] = useState(false);

  useEffect(() => {
    let stopped = false;
    let frame = 0;
    let stream: MediaStream | null = null;
    let context: AudioContext | null = null;

    async function listen() {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      } catch {
        if (!stopped) setUnavailable(true);
        return;
      }
      if (stopped) {
        for (const track of stream.getTracks()) track.stop();
        return;
      }
      context = new AudioContext();
      const analyser = context.createAnalyser();
      analyser.fftSize = 512;
      context.createMediaStreamSource(stream).connect(analyser);
      const samples = new Uint8Array(analyser.fftSize);
      const draw = () => {
        analyser.getByteTimeDomainData(samples);
        let sum = 0;
        for (const sample of samples) {
          const v = (sample - 128) / 128;
          sum += v * v;
        }
        // RMS of speech sits well under 0.3; scale it so normal talking fills most of the bar.
        const level = Math.min(1, Math.sqrt(sum / samples.length) * 4);
        if (barRef.current) barRef.current.style.transform = `scaleX(${level.toFixed(3)})`;
        frame = requestAnimationFrame(draw);
      };
      draw();
    }

    void listen();
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      if (stream) for (const track of stream.getTracks()) track.stop();
      void context?.close();
    };
  }, []);

  const Icon = muted ? MicOff : Mic;
  return (
    <div className="flex items-center gap-3">
      <Icon
        aria-hidden
        className={`size-5 shrink-0 ${muted ? 'text-red-600' : 'text-slate-600'}`}
      />
      <div className="min-w-0 flex-1">
        <p className="text-sm font-medium text-slate-700">
          {muted ? 'You are muted' : unavailable ? 'Your microphone' : 'Your voice'}
        </p>
        {!unavailable && (
          <div aria-hidden className="mt-1 h-2 overflow-hidden rounded-full bg-slate-100">
            <div
              ref={barRef}
              className={`h-full origin-left rounded-full transition-transform duration-75 ${muted ? 'bg-slate-300' : 'bg-emerald-500'}`}
              style={{ transform: 'scaleX(0)' }}
            />
          </div>
        )}
      </div>
    </div>
  );
}
