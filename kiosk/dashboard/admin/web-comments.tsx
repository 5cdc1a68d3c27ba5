// The comments left with the web widget for one office, newest first, and (for the administration's admins) how many days they are kept.
import { useState } from 'preact/hooks';
import { MAX_COMMENT_DAYS, MIN_COMMENT_DAYS } from '../../../server/contract/channel-points';
import { Field, FormError } from '../components/form-field';
import { useSave } from '../use-save';
import { A } from './admin-labels';
import { C } from './channels-labels';
import { getChannelSettings, listWebComments, saveChannelSettings } from './channels-api';
import { formatWhen } from './format-when';
import { Loading, LoadError } from './list-parts';
import { useLoad } from './use-load';
import { webAnswerLabel } from './web-answer-labels';
import type { WebComments as WebCommentList } from '../../../server/contract/channel-schemas';

export function WebComments({ officeId, administrationId, mayKeep }: { officeId: string; administrationId: string; mayKeep: boolean }) {
  const comments = useLoad((signal) => listWebComments(officeId, signal), `comments:${officeId}`);
  // Older pages, asked one after the other: a busy office holds thousands of comments within its days.
  const [older, setOlder] = useState<{ officeId: string; pages: WebCommentList[] }>({ officeId, pages: [] });
  const pages = older.officeId === officeId ? older.pages : [];
  const [loadingOlder, setLoadingOlder] = useState(false);
  const last = pages.at(-1) ?? comments.data;
  const shown = comments.data ? [comments.data, ...pages].flatMap((p) => p.comments) : [];
  const showOlder = async () => {
    if (!last?.next) return;
    setLoadingOlder(true);
    try {
      const page = await listWebComments(officeId, undefined, last.next);
      setOlder({ officeId, pages: [...pages, page] });
    } finally {
      setLoadingOlder(false);
    }
  };
  return (
    <section class="card channel" aria-labelledby="channel-comments-title" data-testid="channel-comments">
      <h3 id="channel-comments-title">{C.commentsTitle}</h3>
      {comments.error ? (
        <LoadError error={comments.error} onRetry={comments.reload} />
      ) : !comments.data ? (
        <Loading />
      ) : (
        <>
          <p class="field-hint">{C.commentsIntro(comments.data.keptDays)}</p>
          {shown.length === 0 ? (
            <p>{C.commentsNone}</p>
          ) : (
            <>
            <p data-testid="web-comments-count">{C.commentsShown(shown.length, last?.total ?? comments.data.total)}</p>
            <ul class="web-comments" data-testid="web-comments">
              {shown.map((c) => (
                <li key={c.voteId}>
                  <p class="web-comment-meta">
                    <span class="web-stars">
                      <span aria-hidden="true">{'★'.repeat(c.stars) + '☆'.repeat(5 - c.stars)}</span>
                      <span class="visually-hidden">{C.stars(c.stars)}</span>
                    </span>
                    <span>{c.service}</span>
                    <span class="field-hint">{formatWhen(c.at)}</span>
                    {c.redacted && <span class="web-redacted">{C.commentRedacted}</span>}
                  </p>
                  {c.answerId && <p class="web-answer">{webAnswerLabel(c.answerId, c.answer)}</p>}
                  <p class="web-comment">{c.comment}</p>
                </li>
              ))}
            </ul>
            {last?.next && (
              <button type="button" data-testid="web-comments-older" disabled={loadingOlder} onClick={() => void showOlder()}>
                {C.commentsOlder}
              </button>
            )}
            </>
          )}
        </>
      )}
      {mayKeep && <KeepDays administrationId={administrationId} onSaved={comments.reload} />}
    </section>
  );
}

function KeepDays({ administrationId, onSaved }: { administrationId: string; onSaved: () => void }) {
  const settings = useLoad((signal) => getChannelSettings(administrationId, signal), `channel-settings:${administrationId}`);
  const [days, setDays] = useState<number>();
  const [saved, setSaved] = useState(false);
  const save = useSave();
  if (settings.error) return <LoadError error={settings.error} onRetry={settings.reload} />;
  if (!settings.data) return <Loading />;
  const value = days ?? settings.data.commentDays;
  const submit = (e: Event) => {
    e.preventDefault();
    setSaved(false);
    void save.run(async () => {
      await saveChannelSettings(administrationId, value);
      setSaved(true);
      settings.reload();
      onSaved();
    });
  };
  return (
    <form class="channel-add keep-days" onSubmit={submit} data-testid="comment-days-form">
      <Field id="comment-days" label={C.keepTitle} hint={C.keepHint(MIN_COMMENT_DAYS, MAX_COMMENT_DAYS)} problem={save.problem('/commentDays')}>
        <input id="comment-days" type="number" min={MIN_COMMENT_DAYS} max={MAX_COMMENT_DAYS} value={value} onInput={(e) => setDays(Number(e.currentTarget.value))} aria-describedby="comment-days-note" data-testid="comment-days" />
      </Field>
      <button type="submit" disabled={save.busy || value === settings.data.commentDays} data-testid="comment-days-save">
        {save.busy ? A.saving : A.save}
      </button>
      <p role="status" class="field-hint">
        {saved ? C.keepSaved : ''}
      </p>
      <FormError error={save.error} fields={['/commentDays']} />
    </form>
  );
}
