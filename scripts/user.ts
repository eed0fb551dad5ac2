import { parseArgs } from 'node:util';
import { connectFromEnv, type Connection } from '../db/connect';
import { generatePassword, MIN_PASSWORD_LENGTH } from '../lib/auth/password';
import { isRole, roles } from '../lib/auth/permissions';
import { isLocale } from '../lib/i18n/config';
import {
  createStaff,
  findStaffByEmail,
  listStaff,
  resetStaffPassword,
  setStaffDisabled,
  setStaffRole,
} from '../lib/staff';
import type { Ok, Refused } from '../lib/result';

const usage = `Manage newsroom staff accounts.

  npm run user -- create --email E --name N --role R [--password P] [--locale en|fr|ar]
  npm run user -- list
  npm run user -- set-role --email E --role R
  npm run user -- reset-password --email E [--password P]
  npm run user -- disable --email E
  npm run user -- enable --email E

Roles: ${roles.join(', ')}. Passwords need at least ${MIN_PASSWORD_LENGTH} characters;
without --password one is generated and printed once.`;

const refusals: Record<string, string> = {
  forbidden: 'Not allowed.',
  'not-found': 'No such account.',
  'last-admin': 'This is the last active administrator: create another admin first.',
};

/** A refused write becomes the error printed below, in words. */
function unwrap<T extends Ok>(result: T | Refused): T {
  if (result.ok) return result;
  if (!('fieldErrors' in result)) throw new Error(refusals[result.reason] ?? result.reason);
  const fields = Object.entries(result.fieldErrors);
  if (result.fieldErrors.email === 'taken') throw new Error('That email already has an account.');
  throw new Error(
    fields.map(([field, code]) => `${field}: ${code === 'required' ? 'missing or too short' : code}`).join('\n'),
  );
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    password: { type: 'string' },
    locale: { type: 'string' },
  },
  strict: true,
});

if (!command || command === 'help' || command === '--help') {
  console.log(usage);
  process.exit(0);
}

let connection: Connection | undefined;
try {
  connection = connectFromEnv();
  await connection.migrate();
  const db = connection.db;
  const target = async () => {
    if (!values.email) fail('--email is required.');
    const staff = await findStaffByEmail(db, values.email);
    if (!staff) fail(`No staff account with the email ${values.email}.`);
    return staff;
  };
  switch (command) {
    case 'create': {
      if (!values.email || !values.name || !values.role) fail(`create needs --email, --name and --role.\n\n${usage}`);
      if (!isRole(values.role)) fail(`Unknown role "${values.role}". Roles: ${roles.join(', ')}.`);
      if (values.locale && !isLocale(values.locale)) fail('--locale must be en, fr or ar.');
      const password = values.password ?? generatePassword();
      const { staff } = unwrap(
        await createStaff(db, null, {
          email: values.email,
          name: values.name,
          role: values.role,
          password,
          preferredLocale: isLocale(values.locale) ? values.locale : 'en',
        }),
      );
      console.log(`Created ${staff.role} ${staff.name} <${staff.email}> (id ${staff.id}).`);
      if (!values.password) console.log(`Password (shown once): ${password}`);
      break;
    }
    case 'list': {
      for (const s of await listStaff(db, null)) {
        console.log(
          `${String(s.id).padStart(4)}  ${s.role.padEnd(9)}  ${s.disabled ? 'disabled' : 'active  '}  ${s.email}  ${s.name}`,
        );
      }
      break;
    }
    case 'set-role': {
      if (!values.role || !isRole(values.role)) fail(`--role must be one of ${roles.join(', ')}.`);
      const staff = await target();
      unwrap(await setStaffRole(db, null, staff.id, values.role));
      console.log(`${staff.email} is now ${values.role}.`);
      break;
    }
    case 'reset-password': {
      const staff = await target();
      const password = values.password ?? generatePassword();
      unwrap(await resetStaffPassword(db, null, staff.id, password));
      console.log(`Password reset for ${staff.email}; existing sessions are signed out.`);
      if (!values.password) console.log(`New password (shown once): ${password}`);
      break;
    }
    case 'disable':
    case 'enable': {
      const staff = await target();
      unwrap(await setStaffDisabled(db, null, staff.id, command === 'disable'));
      console.log(`${staff.email} is ${command}d.`);
      break;
    }
    default:
      fail(`Unknown command "${command}".\n\n${usage}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await connection?.close();
}
