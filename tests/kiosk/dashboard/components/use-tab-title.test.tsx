// The sign-in and first-run screens name the browser tab in the dashboard's language, not with dashboard/index.html's Italian title.
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SetupForm } from '../../../../kiosk/dashboard/components/setup-form';
import { SignInForm } from '../../../../kiosk/dashboard/components/sign-in-form';
import { applyEnglish } from '../../../../kiosk/dashboard/i18n/en/index';

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
  document.title = 'gradimento · cruscotto';
});

const titleOf = (screen: ComponentChildren) => {
  container = document.body.appendChild(document.createElement('div'));
  act(() => render(screen, container!));
  return document.title;
};

describe('the tab title before signing in', () => {
  it('names the screen in Italian', () => {
    expect(titleOf(<SignInForm onSignedIn={() => undefined} />)).toBe('Accedi al cruscotto · gradimento');
  });

  // Last: the English catalogue, once applied, stays for the rest of this file.
  it('names it in English on the English dashboard', () => {
    applyEnglish();
    expect(titleOf(<SignInForm onSignedIn={() => undefined} />)).toBe('Sign in to the dashboard · gradimento');
    render(null, container!);
    container!.remove();
    expect(titleOf(<SetupForm onSignedIn={() => undefined} onAlreadyDone={() => undefined} />)).toBe('Create the installation admin · gradimento');
  });
});
