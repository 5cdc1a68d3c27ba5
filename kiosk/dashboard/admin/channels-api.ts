// The channels' calls as the dashboard makes them: points of an office, QR code sheets, phone votes, web comments and their keeping.
import { apiPaths } from '../../../server/contract/api';
import type { ChannelPoint, ChannelPointCreate, ChannelSettings, CodeSheet, PhoneVote, WebComments } from '../../../server/contract/channel-schemas';
import { request } from '../api';

export const listPoints = (officeId: string, signal?: AbortSignal) => request<ChannelPoint[]>('GET', apiPaths.officeChannelPoints(officeId), { signal });
export const createPoint = (officeId: string, input: ChannelPointCreate) => request<ChannelPoint>('POST', apiPaths.officeChannelPoints(officeId), { body: input });
export const archivePoint = (pointId: string) => request<ChannelPoint>('POST', apiPaths.channelPointArchive(pointId));
export const issueCodes = (pointId: string, count: number) => request<CodeSheet>('POST', apiPaths.channelPointCodes(pointId), { body: { count } });
export const recordPhoneVote = (pointId: string, vote: PhoneVote, keepalive = false) => request<{ id: string; storedAt: string }>('POST', apiPaths.channelPointPhoneVotes(pointId), { body: vote, keepalive });
export const listWebComments = (officeId: string, signal?: AbortSignal, after?: { before: string; beforeId: string }) =>
  request<WebComments>('GET', after ? `${apiPaths.officeWebComments(officeId)}?${new URLSearchParams(after)}` : apiPaths.officeWebComments(officeId), { signal });
export const getChannelSettings = (administrationId: string, signal?: AbortSignal) => request<ChannelSettings>('GET', apiPaths.administrationChannelSettings(administrationId), { signal });
export const saveChannelSettings = (administrationId: string, commentDays: number) =>
  request<ChannelSettings>('PUT', apiPaths.administrationChannelSettings(administrationId), { body: { commentDays } });
