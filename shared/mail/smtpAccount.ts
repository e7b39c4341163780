import { z } from 'zod';
import {
  checkedText,
  emailField,
  idField,
  optionalEmailField,
  typeMessages,
} from '../schemas/fields';

/** How the connection to the mail server is protected. */
export const SMTP_SECURITY = ['none', 'starttls', 'tls'] as const;
export type SmtpSecurity = (typeof SMTP_SECURITY)[number];

/** The port mail servers usually listen on for each kind of security. */
export const USUAL_SMTP_PORTS: Record<SmtpSecurity, number> = { none: 25, starttls: 587, tls: 465 };

// Control characters (CR and LF above all) in a header value would let a value start a new
// header; names and the user name never need them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

// A host name (labels of letters, digits and hyphens), an IPv4 address, or an IPv6 address.
const HOST_NAME = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*\.?$/;
const IPV6 = /^\[?[0-9A-Fa-f:.]+\]?$/;

const hostMessage = "Enter the mail server's name, like smtp.example.com.";
const portMessage = 'The port must be a whole number from 1 to 65535, like 587.';
const securityMessage = 'Choose how the connection is secured: none, STARTTLS or SSL/TLS.';

function noControlCharacters(label: string, max: number, missing: string | null) {
  return checkedText(
    typeMessages(missing ?? `${label} must be text.`, `${label} must be text.`),
    (value) => {
      if (value === '' && missing !== null) return missing;
      if (value.length > max) return `${label} can be at most ${max} characters long; shorten it.`;
      return CONTROL.test(value) ? `${label} may not contain line breaks or tabs.` : null;
    },
  );
}

/**
 * An SMTP account as Settings → E-mail shows and saves it. The password is not part of it:
 * the main process keeps it encrypted and never hands it to the renderer.
 */
export const smtpAccountSchema = z.object(
  {
    id: idField('The e-mail account has no id; add the account again.'),
    label: noControlCharacters('Account name', 100, 'Give the account a name, like "Office mail".'),
    host: checkedText(typeMessages(hostMessage, hostMessage), (value) => {
      if (value === '') return hostMessage;
      if (value.length > 253) return 'The server name can be at most 253 characters long.';
      return HOST_NAME.test(value) || (value.includes(':') && IPV6.test(value))
        ? null
        : `"${value}" is not a server name; enter one like smtp.example.com.`;
    }),
    port: z
      .number({ error: portMessage })
      .refine((port) => Number.isInteger(port) && port >= 1 && port <= 65535, portMessage),
    security: z.enum(SMTP_SECURITY, typeMessages(securityMessage, securityMessage)),
    // Empty: the server takes mail without a login (a relay in the local network).
    user: noControlCharacters('User name', 254, null).default(''),
    fromName: noControlCharacters(
      'Sender name',
      200,
      'Enter the sender name recipients see, like your company name.',
    ),
    fromAddress: emailField('Sender address'),
    replyTo: optionalEmailField('Reply-to address'),
  },
  typeMessages('Enter the e-mail account.', 'The e-mail account is damaged.'),
);

export type SmtpAccount = z.output<typeof smtpAccountSchema>;
export type SmtpAccountInput = z.input<typeof smtpAccountSchema>;

/** An account as listed for the renderer: whether a password is saved, never the password. */
export type SmtpAccountSummary = SmtpAccount & { hasPassword: boolean };
