// What a rule watches: an office (all its services), a service (in every office), or a service in one office.
export interface AlertScope {
  administrationId: string;
  officeId: string | null;
  serviceId: string | null;
}
