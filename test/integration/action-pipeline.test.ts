import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/session';
import type { FormState } from '@/lib/form-state';
import { log } from '@/lib/log';

const request = vi.hoisted(() => ({ staff: null as Staff | null, acceptLanguage: 'fr' }));

vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'accept-language': request.acceptLanguage }),
}));
vi.mock('@/lib/auth/session', () => ({ getStaff: async () => request.staff }));

const { action, isPipelineAction } = await import('@/lib/actions/action');
const { redirect } = await import('next/navigation');

const editor = {
  id: 7,
  email: 'e@example.test',
  role: 'editor',
  preferredLocale: 'ar',
  disabled: false,
} as unknown as Staff;

const handler = vi.fn(async (input: { name: string }): Promise<FormState> => ({
  status: 'success',
  message: `hello ${input.name}`,
}));

const rename = action(
  {
    name: 'renameThing',
    access: 'taxonomy.manage',
    schema: z.object({ id: z.number().int().positive(), name: z.string().trim().min(1).max(5) }),
    input: (id: number, _prev: FormState, form: FormData) => ({ id, name: form.get('name') }),
  },
  handler,
);

const form = (name: string) => {
  const data = new FormData();
  data.set('name', name);
  return data;
};

beforeEach(() => {
  request.staff = null;
  handler.mockClear();
});

describe('the action pipeline', () => {
  it('marks what it makes, so the inventory test can find actions written another way', () => {
    expect(isPipelineAction(rename)).toBe(true);
    expect(isPipelineAction(async () => {})).toBe(false);
  });

  it('refuses a signed-out caller with a code, in the language of the request, keeping what was typed', async () => {
    const state = (await rename(1, { status: 'idle' }, form('abc'))) as FormState;
    expect(state).toMatchObject({ status: 'error', code: 'signed-out', values: { name: 'abc' } });
    expect(state.message).toMatch(/session/i);
    expect(state.message).toMatch(/reconnectez/i);
    expect(handler).not.toHaveBeenCalled();
  });

  it('never gives a typed password back', async () => {
    const withPassword = form('abc');
    withPassword.set('password', 'secret-typed-password');
    withPassword.set('newPassword', 'another-secret');
    const state = (await rename(1, { status: 'idle' }, withPassword)) as FormState;
    expect(state).toMatchObject({ status: 'error', code: 'signed-out', values: { name: 'abc' } });
    expect(JSON.stringify(state)).not.toMatch(/secret/);
  });

  it('refuses a role without the permission before parsing anything', async () => {
    request.staff = { ...editor, role: 'author' } as Staff;
    const state = (await rename(1, { status: 'idle' }, form('abc'))) as FormState;
    expect(state).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(state.message).toBe('دورك لا يسمح بذلك.');
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns zod issues into localized field errors and gives back what was typed', async () => {
    request.staff = editor;
    const state = (await rename(1, { status: 'idle' }, form('much too long'))) as FormState;
    expect(state.status).toBe('invalid');
    expect(state.fieldErrors).toEqual({ name: 'هذا النص طويل جدًا.' });
    expect(state.values).toEqual({ name: 'much too long' });
    const empty = (await rename(1, { status: 'idle' }, form('  '))) as FormState;
    expect(empty.fieldErrors).toEqual({ name: 'هذا الحقل مطلوب.' });
    const badId = (await rename(-4, { status: 'idle' }, form('ok'))) as FormState;
    expect(badId.fieldErrors).toHaveProperty('id');
    expect(handler).not.toHaveBeenCalled();
  });

  it('runs the handler with the parsed input and the actor', async () => {
    request.staff = editor;
    const state = await rename(3, { status: 'idle' }, form(' Ali '));
    expect(state).toEqual({ status: 'success', message: 'hello Ali' });
    expect(handler).toHaveBeenCalledWith(
      { id: 3, name: 'Ali' },
      expect.objectContaining({ actor: editor, locale: 'ar' }),
    );
  });

  it('logs an unexpected failure and answers a generic message, never the error', async () => {
    request.staff = editor;
    const logged = vi.spyOn(log, 'error').mockImplementation(() => undefined);
    handler.mockRejectedValueOnce(new Error('connection reset: secret detail'));
    const state = (await rename(3, { status: 'idle' }, form('Ali'))) as FormState;
    expect(state).toMatchObject({ status: 'error', code: 'failed', values: { name: 'Ali' } });
    expect(state.message).not.toMatch(/secret/);
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ action: 'renameThing', userId: 7 }), 'action failed');
    logged.mockRestore();
  });

  it("lets Next's control flow through (a redirect is not a failure)", async () => {
    request.staff = editor;
    handler.mockImplementationOnce(async () => redirect('/admin/tags'));
    await expect(rename(3, { status: 'idle' }, form('Ali'))).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT/),
    });
  });

  it('answers public actions in the language they name, with no actor', async () => {
    const greet = action(
      {
        name: 'greet',
        access: 'public',
        schema: z.object({ name: z.string().min(1) }),
        input: (form: FormData) => ({ name: form.get('name') }),
        locale: () => 'en' as const,
      },
      async (input, { actor, locale }) => ({ status: 'success' as const, message: `${input.name}:${actor}:${locale}` }),
    );
    expect(await greet(form('x'))).toEqual({ status: 'success', message: 'x:null:en' });
    expect(await greet(form(''))).toMatchObject({
      status: 'invalid',
      fieldErrors: { name: 'This field is required.' },
    });
  });
});
