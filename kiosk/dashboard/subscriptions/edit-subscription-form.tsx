// The form that changes a subscription in place: its frequency and its e-mails' language, filled with its own, saved or cancelled.
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { Frequency } from '../../../server/contract/subscription-paths';
import type { Subscription } from '../../../server/contract/subscriptions';
import { EmailLanguageField } from '../components/email-language-field';
import { FormError } from '../components/form-field';
import type { DashboardLanguage } from '../i18n/locale';
import { useSave } from '../use-save';
import { FrequencyField } from './frequency-field';
import { E } from './subscription-labels';

interface Props {
  /** Prefix of the ids and test ids: two lists on one page each have their form. */
  id: string;
  subscription: Subscription;
  /** The heading: what is being edited. */
  title: string;
  /** The heading's ref: opening the form moves the focus there. */
  headingRef: Ref<HTMLHeadingElement>;
  /** Sends the change (PUT). */
  onSave: (frequency: Frequency, language: DashboardLanguage) => Promise<unknown>;
  /** Closes the form: true after a save, false on cancel. */
  onDone: (saved: boolean) => void;
}

export function EditSubscriptionForm({ id, subscription, title, headingRef, onSave, onDone }: Props) {
  const [frequency, setFrequency] = useState<Frequency>(subscription.frequency);
  const [language, setLanguage] = useState<DashboardLanguage>(subscription.language);
  const save = useSave();
  const submit = (e: Event) => {
    e.preventDefault();
    void save.run(async () => {
      await onSave(frequency, language);
      onDone(true);
    });
  };
  return (
    <form class="card edit-subscription-form" onSubmit={submit} data-testid={`${id}-form`} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} tabIndex={-1} ref={headingRef} data-testid={`${id}-title`}>
        {title}
      </h4>
      <p class="muted">{E.editNote}</p>
      <div class="inline-form">
        <FrequencyField id={`${id}-frequency`} value={frequency} onChange={setFrequency} problem={save.problem('/frequency')} />
        <EmailLanguageField id={`${id}-language`} label={E.emailLanguage} value={language} onChange={setLanguage} problem={save.problem('/language')} />
      </div>
      <div class="toolbar">
        <button type="submit" class="primary" data-testid={`${id}-save`} disabled={save.busy}>
          {save.busy ? E.saving : E.saveChanges}
        </button>
        <button type="button" data-testid={`${id}-cancel`} onClick={() => onDone(false)}>
          {E.cancel}
        </button>
      </div>
      <FormError error={save.error} fields={['/frequency', '/language']} testId={`${id}-error`} />
    </form>
  );
}
