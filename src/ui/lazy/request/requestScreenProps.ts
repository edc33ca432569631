// What a request screen is given: its own module, so the screen and the email stages it shows can
// both name it without importing each other.
import type { Detection } from '../../../domain/detectMailbox';
import type { DeploymentOptions } from '../../../domain/recipients';
import type { Host, HostSnapshot } from '../../../office/host';

export interface RequestScreenProps {
  kindId: string;
  host: Host;
  snapshot: HostSnapshot;
  detection: Detection;
  onBack: () => void;
  onOpenKind: (id: string) => void;
  onComposed: () => void;
  now?: () => Date;
  deployment?: DeploymentOptions;
  /** Starting values (from the "About this email" card); only those that validate are used. They take the place of a saved draft. */
  initialValues?: Record<string, unknown>;
}
