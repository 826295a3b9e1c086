import { useMemo, useState } from 'react';
import { toFieldErrors } from '../../../lib/zod-errors';
import {
  initialSmtpValues,
  portAfterTlsSwitch,
  type SavedSmtp,
  type SmtpField,
  type SmtpFormValues,
  validateSmtp,
} from '../lib/smtp-form';
import { useSenderTranslation } from '../texts';

/**
 * The custom SMTP form's values and its inline validation with the shared zod schema: a field shows
 * its error once it was left or the form was submitted, and updates while the user fixes it.
 */
export function useSmtpForm(saved: SavedSmtp | null | undefined) {
  const { t } = useSenderTranslation();
  const [values, setValues] = useState<SmtpFormValues>(() => initialSmtpValues(saved));
  const [touched, setTouched] = useState<ReadonlySet<SmtpField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [suggestedPort, setSuggestedPort] = useState<string>();

  const parsed = useMemo(() => validateSmtp(values), [values]);
  const allErrors = parsed.success ? {} : toFieldErrors<SmtpField>(parsed.error, t);
  const errorOf = (field: SmtpField) => (submitted || touched.has(field) ? allErrors[field] : undefined);

  const set = <K extends keyof SmtpFormValues>(field: K, value: SmtpFormValues[K]) => {
    if (field === 'port') setSuggestedPort(undefined);
    setValues((current) => ({ ...current, [field]: value }));
  };

  const setSecure = (secure: boolean) => {
    const port = portAfterTlsSwitch(values.port, secure);
    setSuggestedPort(port !== values.port ? port : undefined);
    setValues((current) => ({ ...current, secure, port }));
  };

  const touch = (field: SmtpField) => setTouched((current) => new Set(current).add(field));

  /** Marks every field as shown and returns the valid input, or null when a field needs fixing. */
  const submit = () => {
    setSubmitted(true);
    return parsed.success ? parsed.data : null;
  };

  /** After a save, the saved settings are the new starting point (the password field empties). */
  const resetTo = (next: SavedSmtp | null | undefined) => {
    setValues(initialSmtpValues(next));
    setSubmitted(false);
    setTouched(new Set());
    setSuggestedPort(undefined);
  };

  return { values, set, setSecure, setValues, touch, errorOf, submit, resetTo, suggestedPort };
}
