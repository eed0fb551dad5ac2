import type { ActionMessages } from '../action-messages';

export const fr: ActionMessages = {
  signedOut: 'Votre session a pris fin. Reconnectez-vous ; rien de ce que vous avez saisi ici n’est perdu.',
  forbidden: 'Votre rôle ne le permet pas.',
  genericError: 'Un problème est survenu de notre côté. Rien n’a été perdu : réessayez dans un instant.',
  fields: {
    required: 'Ce champ est obligatoire.',
    tooLong: 'Ce texte est trop long.',
    invalid: 'Vérifiez cette valeur.',
  },
};
