import type { BackupMessages } from '../admin-backup';

export const fr: BackupMessages = {
  title: 'Sauvegarde',
  intro:
    'Téléchargez tout le site — articles, commentaires, comptes de l’équipe, réglages et images — en un seul fichier .tar.gz. Le site reste en ligne pendant sa création.',
  sensitive:
    'Le fichier contient les empreintes des mots de passe et les adresses e-mail des commentateurs : conservez-le là où seuls les administrateurs peuvent le lire.',
  download: 'Télécharger la sauvegarde',
  restoreHint: 'Pour la restaurer dans un dossier de données ou une base neufs et vides :',
};
