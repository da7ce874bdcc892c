# Les textes propres au dialogue. Voir locales/README.md. Texte brut : ni HTML ni Markdown.
app-name = KYC Doctor

## Menu principal
menu-welcome =
    Bonjour ! Je suis KYC Doctor 🩺 : je vous aide à corriger une vérification d'identité refusée sur OKX.

    Indiquez-moi le motif affiché par OKX, envoyez-moi les photos de votre pièce d'identité et le selfie que vous comptez soumettre : je les vérifie et je vous donne une liste d'actions, dans l'ordre, avant que vous ne renvoyiez votre demande.

    Je suis un outil indépendant, pas OKX. Je ne demande jamais de mot de passe, de code 2FA ni de phrase de récupération (seed phrase).
menu-again = Que voulez-vous faire ?
btn-check = 🩺 Corriger mon KYC
btn-faq = ❓ Questions
btn-scam = ⚠️ Attention aux arnaques
btn-language = 🌐 Langue
btn-privacy = 🔒 Confidentialité
btn-menu = ☰ Menu
btn-back = ← Retour
btn-continue = ↩ Continuer
btn-more-questions = ❓ Autres questions
btn-no-reason = Aucun motif affiché
btn-skip = Passer cette photo
btn-keep-photo = Garder et continuer
btn-retake-front = 🔄 Recto
btn-retake-passport = 🔄 Page avec photo
btn-retake-back = 🔄 Verso
btn-retake-selfie = 🔄 Selfie
btn-expiry = 📅 Vérifier l'expiration
btn-next-steps = ➡ Étapes suivantes

## Motif
ask-family = Que dit l'écran de refus d'OKX ? Choisissez le groupe affiché, ou « Région ou éligibilité » si OKX a indiqué ne pas pouvoir vous servir là où vous vivez.
family-data_mismatch = Infos non concordantes
family-image_quality = Photo du doc. invalide
family-face_capture = Reconnaissance faciale
family-document = Document requis
family-account = Région ou éligibilité
ask-reason = { $family } : quel est le motif exact ?
reason-final-note = ⛔ Renvoyer votre demande ne changera pas ce résultat. Voici ce que vous pouvez faire à la place :

## Document et photos
ask-document = Quel document allez-vous soumettre ?
doc-passport = Passeport
doc-id_card = Carte d'identité
doc-driver_license = Permis de conduire
doc-residence_permit = Titre de séjour
slot-front = Recto du document
slot-passport = Page du passeport avec la photo
slot-back = Verso du document
slot-selfie = Selfie
ask-photo-passport =
    📷 Envoyez la photo de la page d'identité de votre passeport, celle que vous comptez soumettre.

    Astuce : envoyez-la en tant que fichier (📎 → Fichier) pour que je la voie en pleine qualité.
ask-photo-front =
    📷 Envoyez la photo du recto de votre document, celle que vous comptez soumettre.

    Astuce : envoyez-la en tant que fichier (📎 → Fichier) pour que je la voie en pleine qualité.
ask-photo-back = 📷 Maintenant, le verso du document.
ask-selfie = 🤳 Maintenant, un selfie : votre visage de face, bien éclairé, comme vous le prendriez pour OKX.
ask-selfie-optional = 🤳 Maintenant, un selfie si vous voulez que je le vérifie aussi : votre visage de face, bien éclairé. Sinon, passez cette étape.
ask-expiry = 📅 Saisissez la date d'expiration indiquée sur votre document, par exemple 15.03.2027.
photo-ok = ✅ { $slot } : tout est bon.
photo-warn = ⚠️ { $slot } : ça peut passer, mais ça pourrait être mieux :
photo-fail = ❌ { $slot } : à reprendre :
photo-same-again = 🔁 C'est la même photo que celle qui a déjà échoué. Merci d'en prendre une nouvelle.
photo-retake-hint = Envoyez une nouvelle photo pour la remplacer, ou gardez celle-ci.
photo-not-expected = Je n'attends pas de photo pour le moment.
photo-checking = 🔍 Vérification de votre photo…
photo-queued = ⏳ Beaucoup de photos sont en cours de vérification ; la vôtre est dans la file d'attente.
photo-too-small-compressed = Telegram a fortement compressé cette photo. Pour une vérification fiable, envoyez-la en tant que fichier (📎 → Fichier).
hint-waiting-photo = { $slot } : j'attends cette photo.

## Résumé
summary-title = 🩺 Vos résultats
summary-slot-ok = ✅ { $slot } : c'est bon
summary-slot-warn = ⚠️ { $slot } : pourrait être mieux
summary-slot-fail = ❌ { $slot } : à reprendre
summary-slot-skipped = ➖ { $slot } : non vérifié
summary-checklist-title = Votre liste d'actions, dans l'ordre :

## FAQ et autres écrans
faq-menu-title = ❓ Choisissez une question, ou écrivez simplement la vôtre.
faq-no-match = Je n'ai pas de réponse à cela. Voici les questions auxquelles je peux répondre :
faq-did-you-mean = Je ne suis pas sûr d'avoir compris. Vouliez-vous dire l'une de ces questions ?
smalltalk-greeting = Bonjour ! 👋 Dites-moi ce qu'OKX a répondu à votre vérification, ou posez votre question.
smalltalk-thanks = Avec plaisir ! Bonne chance pour votre vérification. 🍀
smalltalk-ack = 👍 Je suis là si besoin : envoyez une photo ou posez une question.
smalltalk-bye = Au revoir et bonne chance ! Tapez /start quand vous voudrez vérifier à nouveau.
language-choose = 🌐 Choisissez votre langue :
language-set = ✅ Je vous parlerai désormais en français.
help-text =
    Je vérifie les photos que vous comptez soumettre pour la vérification d'identité OKX et je vous dis quoi corriger.

    /check — commencer : motif → photos → liste d'actions
    /faq — questions fréquentes (ou écrivez simplement votre question)
    /language — changer de langue
    /privacy — ce que je conserve et pendant combien de temps
    /forget — supprimer tout ce que j'ai enregistré sur vous
    /cancel — arrêter et revenir au menu
privacy-text =
    🔒 Confidentialité

    • Vos photos sont analysées en mémoire puis supprimées aussitôt. Elles ne sont jamais enregistrées sur disque ni dans des journaux.
    • Ce que je lis dans la zone de lecture automatique de votre document (nom, dates, numéro) vous est montré une seule fois, dans cette réponse, et n’est jamais conservé ni journalisé.
    • Ce que je conserve à votre sujet : l’étape de notre conversation, votre langue, le motif choisi, le type de document, les codes des problèmes de chaque vérification (avec la valeur mesurée et l’endroit de l’image) et un hachage (hash) de 64 bits de chaque image : un nombre court calculé à partir d’elle, pour remarquer si la même image est envoyée deux fois. Il ne permet pas de reconstituer l’image. Aucune photo, aucun nom, aucune donnée du document.
    • Combien de temps : avec le stockage par défaut (SQLite), jusqu’à ce que vous envoyiez /forget. Si le bot utilise Redis, les données sont aussi supprimées automatiquement après une période sans activité (REDIS_TTL_SECS, 7 jours par défaut). /forget supprime tout, d’un coup.
    • Je ne suis pas OKX et je ne peux ni voir ni modifier votre compte. Je ne demande jamais de mot de passe, de code 2FA ni de phrase de récupération : quiconque le fait est un arnaqueur.
    • Je fonctionne uniquement en discussion privée ; dans les groupes, je ne regarde pas les photos.
forget-done = 🗑 C'est fait : j'ai supprimé tout ce que j'avais enregistré sur vous. Envoyez /start pour recommencer.
cancel-done = D'accord, on s'arrête là.

## Ce que je ne peux pas utiliser
media-sticker = Joli sticker ! Mais j'ai besoin d'une photo de votre document ou d'un selfie, ou d'une question écrite.
media-voice = Je ne peux pas écouter les messages vocaux. Merci d'écrire votre question.
media-video = Je ne peux pas vérifier les vidéos. Merci d'envoyer une photo.
media-private-data = Merci de ne pas m'envoyer de position ni de contacts : je n'en ai pas besoin.
media-not-image = Ce fichier n'est pas une image. Envoyez une photo au format JPEG ou PNG.
media-other = Je ne peux pas utiliser ce type de message.

## Telegram
group-private-only = 🔒 Je fonctionne uniquement en discussion privée, pour que vos documents restent confidentiels. Écrivez-moi directement.
error-apology = 😔 Désolé, un problème est survenu de mon côté. Votre progression est conservée : réessayez.
rate-limited = ⏳ Doucement, s'il vous plaît : réessayez dans quelques secondes.
session-restarted = ♻️ J'ai été mis à jour et j'ai dû redémarrer notre conversation. Désolé ! Reprenons depuis le début.
cmd-start = Recommencer
cmd-help = Comment je fonctionne
cmd-check = Vérifier mes photos
cmd-faq = Questions fréquentes
cmd-language = Changer de langue
cmd-privacy = Ce que je conserve
cmd-forget = Supprimer mes données
cmd-cancel = Arrêter et revenir au menu
edit-not-seen = Je ne lis que les nouveaux messages, pas les modifications. Merci de le renvoyer dans un nouveau message.
album-received =
    { $count ->
        [one] 📚 J'ai vérifié la photo de votre album :
       *[other] 📚 J'ai vérifié { $count } photos de votre album, dans l'ordre :
    }
photo-forwarded = ↪️ Cette photo a été transférée. Pour OKX, utilisez la photo originale prise avec votre appareil, pas une copie transférée.

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 Je ne sais pas ce que montre cette photo. Est-ce votre pièce d'identité ou un selfie ?
btn-photo-is-id = 🪪 Ma pièce d'identité
btn-photo-is-selfie = 🤳 Un selfie

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ { $slot } ressemble à une capture d'écran ou à une photo d'écran. OKX n'accepte aucune capture d'écran : photographiez le document original avec l'appareil photo.
photo-same-as-other-side = 🔁 C'est la même image que { $other }. Envoyez une photo de { $slot }.
btn-invalid-selfie = Selfie invalide

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ Sans date d'expiration
btn-skip-date = Passer cette étape
