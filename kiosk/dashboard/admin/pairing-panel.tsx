// The pairing code of a terminal, big enough to read across a counter, with its countdown, the kiosk URL and its QR code.
import { useEffect, useState } from 'preact/hooks';
import type { PairingCode } from '../../../server/contract/auth';
import { terminalAddressProblem } from '../../../server/contract/public-address';
import { A } from './admin-labels';
import { formatCountdown } from './format-when';
import { formatPairingCode, qrImageSrc } from './terminal-status';

interface Props {
  terminalName: string;
  pairing: PairingCode;
  /** Set once the terminal used the code. */
  paired: boolean;
  onNewCode: () => void;
  onClose: () => void;
  now?: () => number;
}

export function PairingPanel({ terminalName, pairing, paired, onNewCode, onClose, now = Date.now }: Props) {
  const expires = Date.parse(pairing.expiresAt);
  const [left, setLeft] = useState(() => expires - now());
  useEffect(() => {
    setLeft(expires - now());
    const timer = setInterval(() => setLeft(expires - now()), 1000);
    return () => clearInterval(timer);
  }, [expires]);
  const expired = left <= 0;

  return (
    <section class="card pairing" data-testid="pairing-panel" aria-labelledby="pairing-title">
      <h3 id="pairing-title">{A.pairingTitle(terminalName)}</h3>
      {paired ? (
        <p class="notice" role="status" data-testid="pairing-done">
          {A.paired}
        </p>
      ) : (
        <div class="pairing-body">
          <div>
            <p>{A.pairingSteps}</p>
            <p class={`pairing-code${expired ? ' is-expired' : ''}`} data-testid="pairing-code">
              {formatPairingCode(pairing.code)}
            </p>
            {/* Not a live region: a countdown announced every second would drown everything else a screen reader says. */}
            <p class={expired ? 'field-problem' : 'muted'} data-testid="pairing-expiry">
              {expired ? A.pairingExpired : A.pairingExpiresIn(formatCountdown(left))}
            </p>
            <PairingAddressWarning url={pairing.url} />
            <p class="small-text">
              {`${A.pairingUrl}: `}
              <code class="pairing-url" data-testid="pairing-url">
                {pairing.url}
              </code>
            </p>
          </div>
          <img class="pairing-qr" data-testid="pairing-qr" src={qrImageSrc(pairing.qrSvg)} alt={A.pairingQrAlt(terminalName)} width={200} height={200} />
        </div>
      )}
      <div class="actions">
        {!paired && (
          <button type="button" data-testid="pairing-new" onClick={onNewCode}>
            {A.pairAgain}
          </button>
        )}
        <button type="button" data-testid="pairing-close" onClick={onClose}>
          {A.close}
        </button>
      </div>
    </section>
  );
}

/** Said before the tablet is paired at an address it cannot reach, or without https (no offline copy). */
function PairingAddressWarning({ url }: { url: string }) {
  let base: string;
  try {
    base = new URL(url).origin;
  } catch {
    return null;
  }
  const problem = terminalAddressProblem(base);
  return problem ? (
    <p class="card error" role="note" data-testid="pairing-address-warning">
      {A.pairingAddressWarning(problem, base)}
    </p>
  ) : null;
}
