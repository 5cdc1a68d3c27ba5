// Where a queue-ticket system sends people served by itself: an API key, the request, the documentation, and the ids it needs.
import { Fragment } from 'preact';
import { apiPaths } from '../../../server/contract/api';
import { pageHref } from '../use-page';
import { S } from './served-labels';

interface Props {
  office: { id: string; name: string };
  services: readonly { id: string; name: string }[];
  /** Whether this person may open the API keys page (administration admins): then the page is a link. */
  mayManageKeys: boolean;
}

export function ServedFeedNote({ office, services, mayManageKeys }: Props) {
  return (
    <section class="card served-feed" aria-labelledby="served-feed-title" data-testid="served-feed">
      <h3 id="served-feed-title">{S.feedTitle}</h3>
      <p>
        {S.feedText} {mayManageKeys ? <a href={pageHref('api-keys')}>«{S.feedKeysPage}»</a> : `«${S.feedKeysPage}»`}. {S.feedRequest} <code>PUT {apiPaths.peopleServed}</code>{' '}
        {S.feedHeader} <code>Authorization: Bearer gk_…</code>. {S.feedDocs} <a href={apiPaths.openapi}>{apiPaths.openapi}</a>.
      </p>
      <details>
        <summary>{S.feedIds}</summary>
        <dl class="served-ids">
          <dt>{`${S.feedOfficeId}: ${office.name}`}</dt>
          <dd>
            <code>{office.id}</code>
          </dd>
          {services.map((s) => (
            <Fragment key={s.id}>
              <dt>{s.name}</dt>
              <dd>
                <code>{s.id}</code>
              </dd>
            </Fragment>
          ))}
        </dl>
      </details>
    </section>
  );
}
