// Items of the channels (issue 9) for the authorization matrix: an office's web, QR and phone points, made by the installation admin.
import { apiPaths } from '../../../server/contract/api';
import { as } from '../admin/admin-api';
import type { TestCollector } from './test-collector';

export interface ChannelItems {
  /** A web point, which the matrix may archive. */
  pointId: string;
  qrPointId: string;
  phonePointId: string;
}

export async function channelItems(c: TestCollector, officeId: string, serviceId: string): Promise<ChannelItems> {
  const admin = as(c.app, c.admin);
  const make = async (body: object) => {
    const res = await admin.post(apiPaths.officeChannelPoints(officeId), body);
    if (res.status !== 201) throw new Error(`channel point: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  return { pointId: await make({ kind: 'web', serviceId }), qrPointId: await make({ kind: 'qr', serviceId }), phonePointId: await make({ kind: 'phone' }) };
}
