# La FAQ : faq-<id>-q (la question ; c'est aussi un bouton, donc courte), faq-<id>-a (la réponse, texte brut,
# lisible sur téléphone, ~900 caractères maximum), faq-<id>-keys (mots et expressions séparés par des virgules
# que les gens utilisent pour cette question dans CETTE langue, avec synonymes, argot et fautes fréquentes ;
# le moteur de recherche en texte libre les indexe).
# Les faits viennent uniquement de docs/kyc-knowledge.md. Là où OKX ne publie aucune règle, on le dit.

faq-common_causes-q = Pourquoi ce refus ?
faq-common_causes-a = Les causes les plus fréquentes, à peu près dans l'ordre où les vérifier :
    1. Une capture d'écran, une photocopie, la photo d'un écran ou une photo en noir et blanc au lieu d'une photo en couleur de l'original.
    2. Un coin coupé ou caché par un doigt.
    3. Une photo floue.
    4. Un reflet sur le texte ou la photo d'identité.
    5. Un document expiré ou abîmé.
    6. Des informations saisies (nom, date de naissance, numéro de pièce d'identité) différentes du document.
    7. Un selfie raté : pièce sombre, mouvement, visage hors de l'ovale.
    8. Une identité déjà utilisée sur un autre compte, ou un pays de résidence où OKX ne propose pas ses services.
    L'e-mail d'OKX indique le motif. Donnez-le-moi et je vous ferai une liste d'actions.
faq-common_causes-keys = pourquoi refusé, pourquoi refuse, pourquoi ma verification est refusee, vérification refusée, verification refusee, kyc refusé, kyc refuse, kyc rejeté, kyc échoué, échec de la vérification, echec verification, vérification échouée, verif refusee, motif du refus, raison du refus, refusé, rejeté, pas validé, pas accepté, encore refusé, qu'est-ce qui va pas, pk refusé, pq refuse, verfication refusée

faq-no_reason_shown-q = Aucun motif de refus affiché
faq-no_reason_shown-a = OKX envoie le motif de l'échec par e-mail, avec un lien pour renvoyer votre demande. Cherchez un message d'OKX dans votre boîte de réception et dans les spams, et vérifiez aussi vos SMS et la page de vérification dans l'application OKX. Si vous ne trouvez toujours pas de motif, choisissez « Aucun motif affiché » dans ce bot : je vous guiderai parmi les causes fréquentes et je vérifierai vos photos.
faq-no_reason_shown-keys = pas de motif, aucun motif, sans motif, motif non affiché, motif pas indiqué, je sais pas pourquoi, je ne sais pas pourquoi, aucune explication, sans explication, ils disent pas pourquoi, juste refusé, où est le motif, ou voir le motif, comment voir le motif, je vois pas la raison, pas de raison, pas reçu de mail, pas d'email, raison inconnue, refusé sans raison, c'est quoi la raison

faq-review_time-q = Combien de temps dure l'examen ?
faq-review_time-a = Quand un examen complémentaire est nécessaire, OKX indique qu'il prend jusqu'à 24 heures, et plus en période de forte affluence. Vous recevez le résultat par SMS ou par e-mail. Si vous n'avez aucune nouvelle après 24 heures, contactez le Centre d'assistance d'OKX ou le chatbot IA de l'application.
faq-review_time-keys = combien de temps, ça prend combien de temps, ca prend combien de temps, durée, délai, delai de verification, temps de vérification, temps de traitement, en attente, en cours, en cours d'examen, en cours de vérification, toujours en attente, combien d'heures, combien de jours, quand serai-je vérifié, quand validé, quand le résultat, kyc en attente, vérification en attente, c'est long, trop long, attendre la validation

faq-no_result_24h-q = Pas de résultat après 24 heures
faq-no_result_24h-a = OKX indique qu'un examen qui demande des vérifications supplémentaires peut prendre jusqu'à 24 heures, plus en période de pointe. Si plus de 24 heures se sont écoulées, contactez le Centre d'assistance d'OKX ou le chatbot IA dans l'application OKX, et donnez-leur votre UID. N'envoyez pas de deuxième demande entre-temps ; vérifiez d'abord vos e-mails (et les spams) et vos SMS pour voir si le résultat est arrivé.
faq-no_result_24h-keys = pas de résultat, pas de reponse, aucune réponse, ils répondent pas, plus de 24 heures, plus de 24h, après 24h, 24h, 48h, 48 heures, 2 jours, deux jours, 3 jours, une semaine, j'attends toujours, toujours en attente, bloqué, bloqué en vérification, coincé, rien ne se passe, en attente depuis des jours, toujours pas vérifié, toujours rien, pas de nouvelles

faq-resubmit_timing-q = Quand puis-je renvoyer ma demande ?
faq-resubmit_timing-a = OKX ne publie aucun délai d'attente fixe avant de pouvoir renvoyer votre demande. Il vous envoie par e-mail le motif avec un lien pour la renvoyer. Corrigez d'abord la cause et prenez de nouvelles photos : renvoyer l'image refusée aide rarement, et certains services de vérification la signalent. Si votre compte affiche un délai d'attente, respectez-le ; d'autres plateformes d'échange imposent une pause après des tentatives échouées. Si le bouton pour renvoyer la demande n'apparaît pas, contactez le support OKX.
faq-resubmit_timing-keys = quand réessayer, quand puis-je réessayer, renvoyer, renvoyer ma demande, soumettre à nouveau, resoumettre, refaire la vérification, refaire le kyc, recommencer, réessayer, reessayer, nouvel essai, nouvelle tentative, prochaine tentative, combien de temps attendre, attendre avant de réessayer, délai d'attente, cooldown, renvoyer les documents, uploader à nouveau, retélécharger, bouton renvoyer, pas de bouton

faq-repeated_retries-q = Le nombre d'essais est-il limité ?
faq-repeated_retries-a = OKX ne publie ni limite du nombre de tentatives de vérification ni durée de blocage. Le message sur le « nombre maximal de tentatives de vérification faciale » concerne les passkeys (clés d'accès) d'OKX, pas la vérification d'identité. Certains services de vérification limitent bien le nombre de reprises, alors considérez chaque tentative comme précieuse : corrigez la cause avant de réessayer. Après plusieurs échecs d'affilée, arrêtez-vous et contactez le support OKX avec votre UID.
faq-repeated_retries-keys = limite, limite d'essais, combien d'essais, combien de tentatives, combien de fois, essais restants, tentatives restantes, nombre de tentatives, nombre max, trop de tentatives, essayé plein de fois, échoué plusieurs fois, 3 échecs, raté 3 fois, ça échoue toujours, toujours refusé, bloqué, compte bloqué, blocage, banni, dernière tentative, plus d'essais, tentatvies

faq-permanent_rejection-q = Mon refus est-il définitif ?
faq-permanent_rejection-a = La plupart des refus ne sont pas définitifs : les problèmes de qualité photo, de document ou d'informations saisies peuvent être corrigés, puis la demande renvoyée. Certains sont définitifs, et renvoyer la demande n'y changera rien : une identité déjà vérifiée sur un autre compte, un pays de résidence où OKX ne propose pas ses services, et une suspicion de fraude. Dans ces cas-là, contactez le support OKX au lieu de réessayer.
faq-permanent_rejection-keys = définitif, definitif, refus définitif, refus permanent, permanent, pour toujours, à vie, décision finale, jamais vérifié, je pourrai jamais, plus jamais, c'est fini, c'est mort, est-ce que je peux encore, encore possible, banni à vie, sans solution, pas de solution, irréversible

faq-clear_but_failed-q = Photo nette, mais refusée
faq-clear_but_failed-a = Une photo qui paraît bien sur votre écran peut quand même être refusée. Causes cachées typiques : une photo d'écran (fines stries, effet moiré), un reflet sur une carte plastifiée qu'on ne remarque qu'en zoomant, un doigt sur un coin, ou la même image refusée renvoyée. Ce n'est peut-être même pas la photo : comparez les informations saisies avec le document. Envoyez-moi la photo et je la vérifierai.
faq-clear_but_failed-keys = photo nette, photo claire, la photo était bien, photo parfaite, bonne photo refusée, photo nette refusée, rien à redire, bonne qualité, haute qualité, photo en hd, tout était bon, j'ai tout bien fait, tout est correct, aucune raison de refuser, photo ok mais refusée, pourquoi refusé alors que nette, c'est bien lisible, bien visible

faq-blurry_photo-q = Ma photo est floue
faq-blurry_photo-a = OKX a besoin d'une photo nette et lisible. Essuyez l'objectif ; posez le document à plat et tenez le téléphone parallèle, à environ 15–25 cm ; utilisez l'appareil photo arrière principal sans zoom et touchez l'écran pour faire la mise au point ; restez immobile avec un bon éclairage. Zoomez ensuite sur le résultat : chaque caractère, et sur un passeport les deux lignes du bas, doit être lisible. Envoyez la photo d'origine, pas une copie transférée ou compressée.
faq-blurry_photo-keys = flou, floue, photo floue, pas net, pas nette, pas clair, pas claire, pas très nette, netteté, mise au point, illisible, pas lisible, on voit rien, on lit pas, mauvaise qualité, basse qualité, qualité photo, pixelisé, pixélisée, granuleux, bougé, photo bougée, l'appareil fait pas la mise au point, flou de bougé

faq-glare-q = Comment éviter les reflets ?
faq-glare-a = OKX a besoin d'une photo sans reflet. Désactivez le flash ; éloignez-vous des lampes et du soleil direct, et utilisez une lumière du jour douce venant de côté ; sortez le document de son étui ou de sa pochette ; inclinez-le légèrement jusqu'à ce qu'aucun point brillant ne se trouve sur le texte, la photo d'identité ou l'hologramme. Les cartes plastifiées sont les plus difficiles : prenez plusieurs photos sous différents angles et gardez celle sans reflet.
faq-glare-keys = reflet, reflets, reflète, brillance, brille, brillant, tache blanche, tache de lumière, point lumineux, lumière, flash, hologramme, plastifié, plastifiée, carte plastique, pochette, éblouissement, reflet du soleil, reflet de la lampe, reflé, refflet, surexposé

faq-cropped_edges-q = Coins coupés ou cachés
faq-cropped_edges-a = OKX a besoin que les quatre coins soient visibles et que rien ne couvre le document, pas même un doigt. Posez le document sur une table unie et contrastée ; cadrez-le en entier avec une petite marge de chaque côté, tout en lui faisant occuper la plus grande partie de la photo ; ne recadrez pas après coup. Pour un passeport, montrez toute la page d'identité, y compris les deux lignes du bas.
faq-cropped_edges-keys = coins, coin, coupé, coupée, recadré, recadrage, rogné, bords, bord manquant, pas entièrement visible, partiellement visible, il manque une partie, doigt, doigts, caché, masqué, recouvert, document entier, tout le document, cadrage, ça rentre pas, moitié du document

faq-screenshot_or_copy-q = Capture, scan ou copie ?
faq-screenshot_or_copy-a = Non. OKX n'accepte aucune capture d'écran, ni photocopie, scan, impression, photo d'une photo ou d'un écran, ni image retouchée. Prenez une nouvelle photo en couleur du document physique avec l'appareil photo de votre téléphone, et ne la retouchez pas.
faq-screenshot_or_copy-keys = capture d'écran, capture d'ecran, capture, screenshot, screen, scan, scanné, scanner, copie, photocopie, impression, imprimé, photo d'une photo, photo de l'écran, pièce d'identité numérique, carte d'identité numérique, france identité, copie numérique, retouchée, photoshop, depuis la galerie, vieille photo, pdf du passeport

faq-color_photo-q = Photo en couleur obligatoire ?
faq-color_photo-a = Oui. OKX demande une photo en couleur du document original. Les photos en noir et blanc, les filtres en niveaux de gris et les photocopies sont refusés. Désactivez tout filtre ou effet de couleur et photographiez le document avec ses couleurs normales.
faq-color_photo-keys = couleur, couleurs, en couleur, en couleurs, noir et blanc, noir blanc, n&b, nb, niveaux de gris, gris, monochrome, filtre, filtres, photo couleur, photo en couleur, sans couleur, décoloré

faq-send_as_file-q = Photo ou fichier pour ce bot ?
faq-send_as_file-a = Les deux fonctionnent. Telegram recompresse une image envoyée comme « photo », ce qui peut masquer des détails fins ; envoyée comme « fichier » (trombone → Fichier), l'original est conservé, donc ma vérification est plus précise. Telegram permet aux bots de télécharger des fichiers jusqu'à 20 Mo. Cela concerne uniquement l'envoi d'images à ce bot ; sur OKX, vous envoyez vos documents via son application ou son site.
faq-send_as_file-keys = envoyer en fichier, en tant que fichier, comme fichier, comme document, photo ou fichier, fichier ou photo, sans compression, non compressé, compressé, compression, telegram compresse, qualité d'origine, qualité originale, pleine qualité, meilleure qualité, envoyer au bot en fichier, joindre en fichier, trombone, perte de qualité, qualité telegram

faq-file_format_size-q = Quel format et quelle taille ?
faq-file_format_size-a = OKX ne publie aucune limite de taille ni de format de fichier pour la vérification des comptes individuels ; la règle des PDF de 20 Mo que vous verrez peut-être concerne les comptes institutionnels (entreprises). D'autres services fixent des limites, par exemple Kraken moins de 5 Mo et Onfido moins de 10 Mo, donc une photo normale de l'appareil photo (JPEG) est le choix le plus sûr. Prenez la photo dans l'application OKX lorsqu'elle vous propose l'appareil photo.
faq-file_format_size-keys = taille du fichier, taille, poids, limite de taille, taille max, taille maximale, trop gros, trop lourd, fichier trop volumineux, mo, méga, format, format de fichier, jpg, jpeg, png, pdf, heic, heif, quel format, erreur de téléchargement, échec de l'envoi, impossible d'envoyer, ça veut pas uploader, résolution

faq-both_sides-q = Faut-il les deux côtés ?
faq-both_sides-a = Oui. OKX demande le recto et le verso du document, ainsi que chaque page contenant des informations essentielles. Envoyez deux photos séparées, une par côté, et jamais deux fois le même côté. Pour un passeport, envoyez la page d'identité avec votre photo, ainsi que d'autres pages si on vous le demande.
faq-both_sides-keys = les deux côtés, deux côtés, deux faces, recto verso, recto-verso, recto et verso, verso, recto, dos de la carte, l'arrière, face arrière, autre côté, deuxième face, dos de la cni, même côté deux fois, pages, quelle page, page du passeport, page d'identité, page avec photo, il manque le verso

faq-accepted_documents-q = Quels documents sont acceptés ?
faq-accepted_documents-a = OKX accepte un passeport, une carte nationale d'identité, un permis de conduire ou une autre pièce d'identité officielle avec photo délivrée par l'État, mais la liste exacte dépend de votre pays : le formulaire de vérification affiche les options pour le vôtre. Le document doit indiquer votre nom complet, votre date de naissance, les dates de délivrance et d'expiration et une photo nette, et il ne doit pas être expiré. La carte d'électeur peut ne pas être acceptée dans certains pays ; les visas, cartes d'étudiant et permis de travail ne sont pas des pièces d'identité.
faq-accepted_documents-keys = documents acceptés, quels documents, quel document, quelle pièce d'identité, quelle piece, types de documents, documents valables, passeport, carte d'identité, carte d'identite, cni, carte nationale d'identité, pièce d'identité, permis de conduire, permis, titre de séjour, carte de séjour, carte de résident, je peux utiliser, pièce valide, document officiel, il faut quoi

faq-unsupported_document-q = Mon document n'est pas accepté
faq-unsupported_document-a = Les documents acceptés par OKX dépendent de votre pays. Choisissez un type de pièce d'identité que le formulaire de vérification propose pour votre pays, délivré par le pays que vous avez sélectionné. La carte d'électeur peut ne pas être acceptée dans certains pays, et les visas, cartes d'étudiant et permis de travail ne sont pas acceptés comme pièces d'identité. Si votre pièce n'est pas acceptée, utilisez plutôt un passeport ou une carte nationale d'identité.
faq-unsupported_document-keys = pas accepté, document non accepté, document refusé, non pris en charge, pas supporté, mauvais document, type de document invalide, carte d'électeur, carte electeur, carte d'étudiant, carte etudiante, visa, permis de travail, récépissé, carte vitale, carte bancaire, carte militaire, ma carte est refusée, document étranger, passeport étranger, document d'un autre pays

faq-expired_document-q = Puis-je utiliser un document expiré ?
faq-expired_document-a = Non. OKX refuse les documents expirés. Utilisez une autre pièce d'identité valide ou faites renouveler celle qui a expiré. Privilégiez un document encore valable un certain temps : certains services de vérification refusent aussi un document qui expire dans moins d'un mois.
faq-expired_document-keys = expiré, expirée, expire, expiration, date d'expiration, date de validité, périmé, périmée, perime, plus valide, valable jusqu'au, validité, fin de validité, expire bientôt, bientôt expiré, renouveler, renouvellement, passeport expiré, carte d'identité expirée, cni périmée, vieille carte, expiree

faq-damaged_document-q = Mon document est abîmé
faq-damaged_document-a = OKX demande un document en bon état. Un document fissuré, usé, perforé ou avec un coin coupé, ou dont la photo ou les informations sont illisibles, est généralement refusé. Utilisez une autre pièce d'identité valide si vous en avez une, ou faites renouveler le document abîmé.
faq-damaged_document-keys = abîmé, abimé, abime, endommagé, cassé, fissuré, fendu, déchiré, usé, usée, rayé, effacé, décoloré, décollé, plié, tordu, percé, perforé, trou, coin coupé, mouillé, dégât des eaux, carte cassée, passeport abîmé

faq-unsigned_passport-q = Mon passeport n'est pas signé
faq-unsigned_passport-a = OKX considère comme non valide un passeport dont le champ de signature est vide. Signez-le dans le champ prévu, puis prenez-en une nouvelle photo.
faq-unsigned_passport-keys = signature, signer, signé, non signé, pas signé, sans signature, pas de signature, signer le passeport, champ signature, signature manquante, où signer, ou signer, signature du titulaire, signture, signature vide

faq-name_mismatch-q = Mon nom ne correspond pas
faq-name_mismatch-a = Saisissez votre nom exactement comme il est imprimé sur le document : même orthographe, même ordre, avec tous vos autres prénoms, sans surnom ni translittération de votre cru. Si le formulaire comporte un champ pour le nom en langue locale, saisissez-y le nom dans le même alphabet que sur votre pièce d'identité. Si vous ne pouvez plus modifier le nom, demandez au support OKX de le corriger.
faq-name_mismatch-keys = nom, nom ne correspond pas, mauvais nom, erreur de nom, faute dans le nom, faute de frappe, orthographe, nom mal écrit, nom de famille, prénom, prénoms, deuxième prénom, nom d'usage, nom de jeune fille, nom d'épouse, accents, tiret, translittération, lettres latines, ordre du nom, changer le nom, modifier le nom, corriger le nom

faq-birthdate_mismatch-q = Date de naissance différente
faq-birthdate_mismatch-a = La date de naissance que vous saisissez doit être exactement celle du document, et le document doit l'indiquer. L'erreur la plus fréquente est d'inverser le jour et le mois. Si vous ne pouvez plus la modifier, demandez au support OKX de la corriger. Si la date imprimée sur le document lui-même est fausse, il vous faut un document corrigé auprès de l'autorité qui l'a délivré.
faq-birthdate_mismatch-keys = date de naissance, naissance, anniversaire, date de naiss, ddn, mauvaise date, date fausse, erreur de date, année de naissance, âge, jour et mois, mois et jour, jour et mois inversés, date inversée, format de date, la date correspond pas, corriger la date, date de naissence

faq-dual_nationality-q = J'ai deux nationalités
faq-dual_nationality-a = OKX demande aux personnes ayant une double nationalité de choisir celle qui correspond le mieux à leur identité. Quel que soit votre choix, la nationalité indiquée dans le formulaire doit être celle du document que vous envoyez : si vous envoyez votre passeport espagnol, choisissez la nationalité espagnole.
faq-dual_nationality-keys = double nationalité, double nationalite, deux nationalités, binational, binationale, deux passeports, deuxième passeport, deuxième nationalité, plusieurs nationalités, quelle nationalité, quelle nationalité choisir, quel passeport utiliser, nationalité, citoyenneté, franco, passeport français, passeport étranger

faq-address_proof-q = Justificatif de domicile
faq-address_proof-a = OKX ne demande un justificatif de domicile que dans certains cas. Il doit indiquer votre nom et votre adresse actuelle, la même que celle saisie dans le formulaire. Envoyez une photo nette de l'original (page entière, tous les coins visibles) ou le PDF tel qu'il a été émis, pas une capture d'écran. En Arabie saoudite, il doit dater de moins de 3 mois ; la règle générale d'OKX sur l'ancienneté n'est pas confirmée, donc un document récent est le plus sûr. N'utilisez pas de boîte postale.
faq-address_proof-keys = justificatif de domicile, justif de domicile, preuve d'adresse, preuve de domicile, justificatif d'adresse, facture, facture d'électricité, facture edf, facture de gaz, facture d'eau, facture internet, facture téléphone, relevé bancaire, relevé de compte, avis d'imposition, quittance de loyer, bail, attestation d'hébergement, adresse, mauvaise adresse, adresse ne correspond pas, ancienne adresse, déménagé, moins de 3 mois, boîte postale

faq-face_selfie_fail-q = Échec du selfie ou du scan facial
faq-face_selfie_fail-a = Les conseils d'OKX : évitez les endroits sombres et les mouvements de l'appareil, placez votre visage dans l'ovale, puis bougez lentement la tête en suivant le cercle. Placez-vous face à la lumière (pas de fenêtre derrière vous) ; pas de chapeau, de masque ni de lunettes de soleil ; téléphone à hauteur des yeux. L'application a besoin de l'autorisation d'accès à la caméra. Si cela échoue encore, mettez à jour l'application, fermez les autres applications ou essayez un autre téléphone ; certains téléphones ont du mal avec le scan du visage. Seul le titulaire du compte peut le faire.
faq-face_selfie_fail-keys = selfie, selfi, selfie refusé, selfie raté, visage, vérification faciale, verification faciale, reconnaissance faciale, scan du visage, scan facial, liveness, détection du visage, visage non détecté, visage non reconnu, ovale, cercle, bouger la tête, tourner la tête, caméra, caméra frontale, caméra avant, vidéo selfie, biométrie, face id, slefie

faq-glasses_hat_mask-q = Lunettes, chapeau ou masque ?
faq-glasses_hat_mask-a = Non. OKX demande que rien ne couvre votre visage : retirez lunettes, lunettes de soleil, chapeaux, casquettes et masques, et dégagez les cheveux de votre visage, pour que votre visage entier soit visible dans l'ovale.
faq-glasses_hat_mask-keys = lunettes, lunettes de vue, lunettes de soleil, chapeau, casquette, bonnet, capuche, masque, masque chirurgical, écharpe, barbe, maquillage, cheveux, frange, boucles d'oreilles, porter des lunettes, enlever les lunettes, garder mes lunettes

faq-camera_permission-q = La caméra ne fonctionne pas
faq-camera_permission-a = L'application OKX a besoin de l'autorisation d'utiliser la caméra. Ouvrez les Paramètres du téléphone → Applications → OKX → Autorisations et autorisez la Caméra, puis redémarrez l'application. Si vous faites la vérification dans un navigateur, autorisez la caméra pour le site, ou passez à l'application OKX. Fermez les autres applications qui utilisent la caméra ; si cela ne fonctionne toujours pas, mettez à jour l'application ou essayez un autre appareil.
faq-camera_permission-keys = caméra, camera, la caméra marche pas, caméra ne s'ouvre pas, écran noir, autorisation caméra, autorisations, permission, autoriser la caméra, accès à la caméra, pas de caméra, erreur caméra, l'appli plante, l'appli crash, l'appli bug, ça charge à l'infini, bloqué au chargement, navigateur, ordinateur, pc, webcam, vieux téléphone, téléphone pas compatible

faq-someone_else_selfie-q = Selfie par quelqu'un d'autre ?
faq-someone_else_selfie-a = Non. Seul le titulaire du compte peut passer la vérification faciale, et le visage doit correspondre à la pièce d'identité du compte. Une vérification avec le visage ou les documents de quelqu'un d'autre échouera. Chaque personne qui veut un compte OKX fait vérifier le sien.
faq-someone_else_selfie-keys = quelqu'un d'autre, une autre personne, un ami, une amie, mon pote, ma femme, mon mari, ma mère, mon père, mon frère, ma soeur, un proche, membre de la famille, à ma place, pour moi, au nom de, la pièce d'identité d'un autre, vérifier pour quelqu'un, compte de mes parents, compte de mon enfant

faq-duplicate_account-q = Pièce d'identité déjà utilisée
faq-duplicate_account-a = OKX n'autorise qu'un compte par personne, et votre identité est déjà vérifiée sur un autre compte. Renvoyer votre demande ne servira à rien. Connectez-vous à ce compte, ou récupérez-le via la procédure de récupération de compte d'OKX. Si vous ne connaissez pas ce compte (quelqu'un a peut-être utilisé votre pièce d'identité), contactez le support OKX avec votre UID. N'utilisez jamais la pièce d'identité de quelqu'un d'autre et ne prêtez jamais la vôtre.
faq-duplicate_account-keys = déjà utilisé, déjà utilisée, deja utilise, déjà vérifié, doublon, en double, autre compte, un autre compte, deuxième compte, ancien compte, deux comptes, plusieurs comptes, nouveau compte, pièce déjà utilisée, identité déjà utilisée, déjà inscrit, quelqu'un a utilisé ma carte, compte perdu, j'ai oublié mon compte, récupérer mon compte, compte en double

faq-region_restricted-q = Mon pays n'est pas pris en charge
faq-region_restricted-a = OKX détermine quels services et quelle entité OKX vous servent selon votre pays de résidence, pas seulement votre nationalité. Les pays restreints sont listés à la section 2.2 des Conditions d'utilisation d'OKX ; consultez-la directement, car les listes d'autres sites peuvent être fausses ou obsolètes. Renvoyer votre demande ne règle pas ce problème, et un VPN ou une fausse adresse n'y changent rien. Si vous pensez qu'il s'agit d'une erreur, contactez le support OKX.
faq-region_restricted-keys = pays, pays non pris en charge, pays non supporté, pays restreint, restriction, restreint, région, pas disponible, pas dispo dans mon pays, indisponible, mon pays, résidence, pays de résidence, juridiction, sanctions, pays bloqué, usa, états-unis, non éligible, éligibilité, eligibilite, âge, mineur, moins de 18 ans

faq-vpn_or_travel-q = De l'étranger ou avec un VPN ?
faq-vpn_or_travel-a = Indiquez votre vrai pays de résidence : l'éligibilité chez OKX dépend de l'endroit où vous vivez. N'utilisez pas de VPN pour cacher où vous êtes et ne déclarez pas une fausse résidence. Certains utilisateurs rapportent qu'un VPN ou une localisation différente de la résidence déclarée a causé des problèmes ; ce n'est pas une règle officielle d'OKX, mais désactiver le VPN et faire la vérification depuis chez vous est le choix le plus sûr.
faq-vpn_or_travel-keys = vpn, proxy, ip, adresse ip, localisation, géolocalisation, à l'étranger, etranger, en voyage, en vacances, voyage, autre pays, pays étranger, je vis à l'étranger, expatrié, expat, déménagé, changé de pays, pays différent, tor

faq-official_support-q = Comment contacter le support OKX ?
faq-official_support-a = Contactez OKX uniquement par les canaux officiels : dans l'application OKX (Support ou le chatbot IA) ou sur okx.com via le Centre d'aide. Donnez-leur votre UID (dans votre profil), jamais votre mot de passe ni vos codes. Méfiez-vous des comptes « support » qui vous écrivent en premier sur Telegram ou d'autres réseaux : ce sont des arnaques. Ce bot n'est pas OKX et ne peut pas contacter le support à votre place.
faq-official_support-keys = support, contacter le support, service client, sav, assistance, aide, centre d'aide, chat en direct, live chat, chat, conseiller, agent, humain, parler à quelqu'un, email du support, numéro de téléphone, hotline, ticket, réclamation, plainte, comment contacter, contacter okx, support okx, suport

faq-scam_warning-q = Quelqu'un propose de régler mon KYC
faq-scam_warning-a = C'est une arnaque. Aucun interlocuteur légitime ne vous demande votre mot de passe, vos codes 2FA ou SMS, votre phrase de récupération ou un paiement pour « débloquer » ou « accélérer » la vérification. Ne les partagez jamais et ne payez jamais. Contactez le support OKX uniquement dans l'application OKX ou sur okx.com, et considérez comme un arnaqueur toute personne qui vous écrit en premier pour vous proposer de l'aide.
faq-scam_warning-keys = arnaque, arnaqueur, escroquerie, escroc, fraude, scam, faux support, on m'a demandé, demande mon mot de passe, code 2fa, code sms, phrase de récupération, seed phrase, clé privée, payer pour débloquer, payer pour vérifier, frais de déblocage, débloquer le compte, accélérer la vérification, acheter un compte vérifié, vendre un compte, service kyc, mp, message d'okx, c'est légit

faq-about_bot-q = Qui êtes-vous ? Ce bot, c'est OKX ?
faq-about_bot-a = Je suis KYC Doctor, un outil d'aide indépendant et open source. Je ne suis pas OKX et je n'ai aucun lien avec OKX. Je ne peux ni voir, ni modifier, ni accélérer votre compte ou votre vérification OKX ; je vérifie seulement vos photos et j'explique ce qu'il faut corriger, d'après les règles publiées par OKX. Je n'ai jamais besoin de votre mot de passe, de vos codes 2FA ni de votre phrase de récupération. La documentation officielle d'OKX fait foi.
faq-about_bot-keys = qui es-tu, qui êtes-vous, t'es qui, c'est quoi ce bot, tu es okx, c'est okx, officiel, c'est officiel, bot, ce bot, tu sers à quoi, que fais-tu, que peux-tu faire, aide, comment ça marche, tu peux me vérifier, tu peux valider, tu peux accélérer, t'es un humain, t'es un robot, c'est réel

faq-bot_privacy-q = Que faites-vous de mes photos ?
faq-bot_privacy-a = J’analyse vos photos en mémoire, sans jamais les enregistrer ni les journaliser. Je conserve uniquement l’étape de notre conversation, votre langue, le motif choisi, le type de document, les codes des problèmes trouvés et un hachage (hash) de 64 bits de chaque image (un nombre court calculé à partir d’elle, pour remarquer si la même image est envoyée deux fois). Aucune photo, aucun nom, aucune donnée du document : ce que je lis dans la zone de lecture automatique vous est montré une fois et n’est pas conservé. Avec le stockage par défaut (SQLite), ces données restent jusqu’à ce que vous envoyiez /forget ; si le bot utilise Redis, elles sont aussi supprimées après une période sans activité (REDIS_TTL_SECS, 7 jours par défaut). Je ne suis pas OKX, et je ne peux ni voir ni modifier votre compte.
faq-bot_privacy-keys = confidentialité, confidentialite, vie privée, données, mes données, données personnelles, stockage, stocker, stockez-vous, enregistrer, enregistré, gardez-vous mes photos, supprimer, supprimer mes données, effacer, oublier, rgpd, gdpr, sécurisé, c'est sûr, sécurité, qui voit mes photos, vous gardez mon passeport, où vont mes photos

# Entries for OKX's current rejection labels, the face scan and head coverings (issue 13).
faq-invalid_document-q = OKX dit « Invalid document »
faq-invalid_document-a = « Invalid document » (document non valable) concerne le document lui-même, pas la photo. OKX cite ces causes : pas de photo du titulaire ou une photo peu nette, un passeport non signé ou, dans certains pays, l'obligation d'un nouveau passeport. Si la case signature de votre passeport est vide, signez-la et reprenez les photos. Si la photo du document est usée ou illisible, utilisez une autre pièce officielle que vous avez (passeport, carte d'identité ou permis de conduire) ou faites renouveler le document. Si vous ne savez pas quelle cause s'applique, demandez au support d'OKX. Je peux vérifier vos nouvelles photos avant l'envoi.
faq-invalid_document-keys = invalid document, document invalide, document non valide, pièce d'identité invalide, passeport invalide, nouveau passeport exigé, pas de photo sur le document, photo usée, passeport non signé, il dit invalid document, carte d'identité non valable

faq-document_photo_rejected-q = « ID detection failed » ?
faq-document_photo_rejected-a = Ces messages concernent la photo du document, pas le document. OKX explique « Invalid document photo » ainsi : photo floue, coupée, données masquées, ou mauvais document (une autre pièce ou un justificatif de domicile hors sujet). L'ancien « ID detection failed » signifie que le document n'a pas pu être reconnu sur l'image : surexposée, avec des reflets ou pas entièrement visible. Reprenez-la : le document original (ni capture d'écran ni copie), à plat sur une table sombre, les quatre coins dans le cadre, sans doigts dessus, lumière homogène sans reflets, bien nette. Envoyez-moi d'abord la photo, je la vérifie.
faq-document_photo_rejected-keys = id detection failed, detection failed, invalid document photo, document non détecté, pièce d'identité non reconnue, photo du document refusée, photo de la carte d'identité refusée, erreur de détection du document, il ne détecte pas mon passeport

faq-face_scan_loop-q = Scan du visage en boucle
faq-face_scan_loop-a = OKX ne publie pas de cause précise pour un scan du visage qui redémarre, se fige ou finit par « something went wrong ». Ce qu'OKX demande : autoriser l'appli OKX à utiliser la caméra, éviter les endroits sombres et les tremblements, garder tout le visage dans l'ovale, puis tourner lentement la tête en cercle quand c'est demandé. Placez-vous face à la lumière, sans fenêtre ni lampe derrière vous. Si ça boucle encore, essayez l'appli OKX plutôt que le navigateur (ou l'inverse) ; certains disent qu'un autre téléphone a marché. Si le scan ne se termine jamais, contactez le support d'OKX avec votre UID.
faq-face_scan_loop-keys = scan du visage en boucle, reconnaissance faciale redémarre, vérification du visage bloquée, something went wrong, une erreur s'est produite, le cercle tourne sans fin, le selfie recommence, scan facial ne finit pas, ça charge à l'infini, détection du vivant bloquée

faq-head_covering-q = Hijab ou foulard sur la tête ?
faq-head_covering-a = OKX ne publie aucune règle sur les couvre-chefs religieux (hijab, foulard, turban, kippa et autres). Sa règle : rien ne doit couvrir le visage, tout le visage dans l'ovale, sans masque, lunettes de soleil ni chapeau dessus. Le choix sûr est donc un couvre-chef qui laisse tout le visage visible, de la racine des cheveux au menton, sans ombre et bien éclairé. Un voile qui couvre une partie du visage (un niqab, par exemple) ne respecte pas cette règle. Le support officiel d'OKX décide au cas par cas : demandez-lui en cas de doute.
faq-head_covering-keys = hijab, foulard, voile, foulard sur la tête, turban, kippa, niqab, puis-je garder mon hijab, enlever le hijab, hijab sur le selfie, voile sur la photo du passeport, raisons religieuses, tête couverte
