# Ce que le vérificateur de photos a trouvé : noms courts et une étape de correction par code de problème,
# l'endroit du document où se trouve un problème, et pourquoi un fichier n'a pas pu être lu. Voir locales/README.md.

## Problèmes sur la photo du document : issue-<code> (nom court), issue-<code>-fix (une étape pour une photo de pièce d'identité)

issue-blurry = Floue
issue-blurry-fix = La photo est floue : essuyez l'objectif, touchez le document à l'écran pour faire la mise au point et gardez le téléphone immobile.
issue-glare = Reflet
# $where est l'une des expressions region-* ci-dessous, p. ex. « le coin supérieur droit ».
issue-glare-fix = Un reflet lumineux couvre { $where } du document : désactivez le flash et inclinez légèrement le document jusqu'à ce que le reflet disparaisse.
issue-too_dark = Trop sombre
issue-too_dark-fix = La photo est trop sombre : placez-vous sous une lumière vive et homogène, par exemple près d'une fenêtre. N'utilisez pas le flash.
issue-too_bright = Trop claire
issue-too_bright-fix = La photo est délavée : éloignez-vous de la lumière directe, désactivez le HDR et touchez le document à l'écran pour régler l'exposition.
issue-cut_off = Coupée
issue-cut_off-fix = Une partie du document sort de la photo : reculez jusqu'à ce que les quatre coins soient visibles, avec une petite marge autour.
issue-too_small = Document trop petit
issue-too_small-fix = Le document occupe trop peu de place sur la photo : rapprochez-vous jusqu'à ce qu'il remplisse la plus grande partie de l'image, tous les coins restant visibles.
issue-low_resolution = Résolution trop faible
issue-low_resolution-fix = La photo n'a pas assez de pixels pour lire le texte : prenez-la avec l'appareil photo principal, sans zoom, et envoyez la photo d'origine, pas une copie compressée.
issue-tilted = Inclinée
issue-tilted-fix = Le document est photographié de biais : posez-le à plat et tenez le téléphone bien au-dessus, parallèle au document.
issue-grayscale = Noir et blanc
issue-grayscale-fix = La photo est en noir et blanc : OKX exige une photo en couleur. Désactivez tout filtre et photographiez l'original en couleur.
issue-screen_photo = Capture ou écran
issue-screen_photo-fix = On dirait une capture d'écran ou la photo d'un écran : photographiez le document physique lui-même avec l'appareil photo de votre téléphone.
issue-no_document = Aucun document détecté
issue-no_document-fix = Je n'ai pas trouvé de document sur la photo : posez-le sur une surface unie et contrastée, et faites-lui occuper la plus grande partie de l'image.
issue-mrz_unreadable = Zone de lecture automatique illisible
issue-mrz_unreadable-fix = Les systèmes de vérification lisent les lignes de ‹‹‹ en bas du document (la zone de lecture automatique), et je n’ai pas pu les lire : toute la bande doit figurer sur la photo, nette et sans reflet. Rapprochez-vous, tenez le téléphone immobile et inclinez le document pour éviter le reflet de la lumière.
issue-document_uncertain = Bords du document peu nets
issue-document_uncertain-fix = Je n'ai pas pu voir nettement les bords du document, je n'ai donc pas vérifié s'il est coupé, trop petit ou incliné : posez-le sur une surface unie et plus sombre, puis reprenez la photo.

## Problèmes de selfie

issue-no_face = Aucun visage détecté
issue-no_face-fix = Je n'ai pas trouvé de visage : regardez droit dans l'objectif, placez-vous face à la lumière et gardez tout votre visage dans le cadre.
issue-multiple_faces = Plusieurs visages
issue-multiple_faces-fix = Il y a plus d'un visage sur l'image : prenez le selfie sans personne à côté de vous ni derrière vous.
issue-face_too_small = Visage trop loin
issue-face_too_small-fix = Votre visage est trop loin : rapprochez le téléphone, à hauteur des yeux, pour que votre visage remplisse l'ovale.
issue-face_cut_off = Visage coupé
issue-face_cut_off-fix = Une partie de votre visage sort du cadre : gardez toute votre tête, du menton aux cheveux, dans l'image.
issue-face_off_center = Visage décentré
issue-face_off_center-fix = Votre visage est loin du centre : tenez le téléphone bien droit devant vous et gardez votre visage au milieu.
issue-backlit = Contre-jour
issue-backlit-fix = L'arrière-plan est beaucoup plus lumineux que votre visage : retournez-vous pour faire face à la fenêtre ou à la lampe, au lieu de lui tourner le dos.
issue-uneven_light = Éclairage inégal
issue-uneven_light-fix = Un côté de votre visage est beaucoup plus sombre : placez-vous bien en face de la source de lumière pour que les deux côtés soient éclairés de la même façon.

## Variantes selfie des codes qui s'appliquent aux deux types de photo

issue-selfie-blurry-fix = Le selfie est flou : essuyez la caméra frontale, tenez le téléphone stable à hauteur des yeux et bougez lentement.
issue-selfie-too_dark-fix = Le selfie est trop sombre : installez-vous dans un endroit lumineux, face à la lumière.
issue-selfie-too_bright-fix = Le selfie est délavé : éloignez-vous du soleil direct ou d'une lampe trop forte et utilisez une lumière douce et homogène.
issue-selfie-grayscale-fix = Le selfie est en noir et blanc : désactivez tout filtre ou effet de couleur de l'appareil photo.
issue-selfie-low_resolution-fix = Le selfie n'a pas assez de pixels : utilisez directement l'appareil photo du téléphone et envoyez la photo d'origine, pas une copie compressée.

## Où se trouve un problème sur le document (utilisé comme { $where } ci-dessus)

region-top_left = le coin supérieur gauche
region-top = le bord supérieur
region-top_right = le coin supérieur droit
region-left = le bord gauche
region-center = le centre
region-right = le bord droit
region-bottom_left = le coin inférieur gauche
region-bottom = le bord inférieur
region-bottom_right = le coin inférieur droit
# Quand le vérificateur n'a pas pu dire où.
region-unknown = une partie

## Fichiers qui n'ont pas pu être analysés du tout (codes d'erreur d'entrée de docs/contracts.md)

input-error-not_found = Je n'ai pas trouvé ce fichier. Vérifiez le chemin et réessayez.
input-error-unsupported_format = Je ne peux pas lire ce format d'image (par exemple les photos HEIC d'un iPhone). Envoyez l'image comme photo normale dans Telegram, ou enregistrez-la en JPEG : sur iPhone, Réglages → Appareil photo → Formats → Le plus compatible.
input-error-corrupt = Je n'ai pas pu lire cette image : le fichier semble endommagé ou incomplet. Prenez une nouvelle photo et renvoyez-la.
input-error-too_large = Ce fichier est trop volumineux pour que je le vérifie. Envoyez-le comme photo normale plutôt que comme fichier, ou envoyez une image plus petite.
input-error-too_many_pixels = Cette image a plus de pixels que je ne peux en analyser. Envoyez-la comme photo normale, que Telegram redimensionne, ou utilisez une résolution d'appareil photo plus faible.

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 Ce que dit votre document (lu dans sa zone de lecture automatique, visible par vous seul et non conservé) :
mrz-block-surname = Nom: { $value }
mrz-block-given = Prénoms: { $value }
mrz-block-birth = Date de naissance: { $value }
mrz-block-expiry = Date d’expiration: { $value }
mrz-block-nationality = Nationalité: { $value }
mrz-block-number = Numéro du document: { $value }
mrz-block-advice = Saisissez-les dans le formulaire d’OKX exactement comme ils sont imprimés. Le nom n’a pas de chiffre de contrôle : vérifiez son orthographe sur le document.
