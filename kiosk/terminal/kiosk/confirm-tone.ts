// An optional audible confirmation: a short, soft two-note chime through Web Audio once a vote is stored.

let context: AudioContext | null = null;

/**
 * Plays about 0.25 s of sound. The AudioContext is made on the first call, which follows the
 * citizen's tap (browsers only start audio after a gesture). Silent where Web Audio is missing.
 */
export function playConfirmTone(): void {
  const Ctor = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctor) return;
  try {
    context ??= new Ctor();
    void context.resume().catch(() => undefined);
    const start = context.currentTime;
    for (const [i, frequency] of [660, 880].entries()) {
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      const at = start + i * 0.12;
      // A quick fade in and out: no click at either end.
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.2, at + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.001, at + 0.12);
      osc.connect(gain).connect(context.destination);
      osc.start(at);
      osc.stop(at + 0.13);
    }
  } catch (e) {
    console.error('gradimento: confirmation tone not played', e);
  }
}
