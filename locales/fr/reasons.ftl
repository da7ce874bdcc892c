# Motifs de refus : libellé du bouton, ce qu'OKX veut dire par là, et les étapes de correction dans l'ordre.
# Voir locales/README.md. Les faits viennent uniquement de docs/kyc-knowledge.md.
# Les libellés sont des boutons : 30 caractères maximum.

## photo_blurry

reason-photo_blurry = Photo floue ou illisible
reason-photo_blurry-about = La photo du document n'était pas assez nette pour être lue. OKX demande une photo nette et lisible du document.
reason-photo_blurry-step-1 = Essuyez l'objectif de l'appareil photo avec un chiffon doux.
reason-photo_blurry-step-2 = Posez le document à plat et tenez le téléphone parallèle à celui-ci, à environ 15–25 cm.
reason-photo_blurry-step-3 = Utilisez l'appareil photo arrière principal sans zoom numérique, et touchez le document à l'écran pour faire la mise au point.
reason-photo_blurry-step-4 = Gardez le téléphone immobile, avec un bon éclairage, au moment de prendre la photo.
reason-photo_blurry-step-5 = Zoomez sur le résultat : chaque caractère doit être lisible, et sur un passeport les deux lignes de lecture automatique en bas de la page aussi.
reason-photo_blurry-step-6 = Envoyez la photo d'origine prise par l'appareil, pas une copie transférée ou compressée.

## photo_glare

reason-photo_glare = Reflets sur la photo
reason-photo_glare-about = Un reflet lumineux masquait une partie du document. OKX demande une photo sans reflets, et sa vérification échoue en cas de reflet.
reason-photo_glare-step-1 = Désactivez le flash.
reason-photo_glare-step-2 = Éloignez-vous des lampes et du soleil direct ; une lumière du jour douce venant de côté est idéale.
reason-photo_glare-step-3 = Sortez le document de son étui ou de sa pochette plastique.
reason-photo_glare-step-4 = Inclinez légèrement le document jusqu'à ce qu'aucun point brillant ne se trouve sur le texte, la photo d'identité ou l'hologramme.
reason-photo_glare-step-5 = Les cartes plastifiées sont celles qui reflètent le plus : prenez plusieurs photos sous différents angles et gardez celle sans reflet.

## photo_exposure

reason-photo_exposure = Trop sombre ou claire
reason-photo_exposure-about = La photo était trop sombre ou trop claire pour être lue. La vérification des documents d'OKX échoue sur les photos surexposées.
reason-photo_exposure-step-1 = Trouvez une lumière vive, homogène et indirecte, par exemple près d'une fenêtre mais sans soleil direct.
reason-photo_exposure-step-2 = Évitez toute lumière forte derrière le document, et ne laissez pas l'ombre du téléphone tomber dessus.
reason-photo_exposure-step-3 = Ne corrigez pas une photo sombre avec le flash (il crée des reflets) ; installez-vous plutôt dans un endroit plus lumineux.
reason-photo_exposure-step-4 = Si la photo paraît délavée, désactivez les modes HDR, nuit et beauté, et touchez le document à l'écran pour régler l'exposition.

## photo_cut_off

reason-photo_cut_off = Document coupé ou masqué
reason-photo_cut_off-about = Une partie du document était hors de la photo ou masquée. OKX demande que les quatre coins soient visibles et que rien, pas même un doigt, ne couvre le document.
reason-photo_cut_off-step-1 = Cadrez le document en entier, avec une petite marge de chaque côté, tout en lui faisant occuper la plus grande partie de l'image.
reason-photo_cut_off-step-2 = Vérifiez que les quatre coins sont visibles : posez la carte sur une table pour qu'aucun doigt ne la couvre.
reason-photo_cut_off-step-3 = Utilisez un fond uni qui contraste avec le document.
reason-photo_cut_off-step-4 = Ne recadrez pas la photo après coup.
reason-photo_cut_off-step-5 = Passeport : montrez toute la page d'identité, y compris les deux lignes de lecture automatique en bas.

## not_original

reason-not_original = Capture, copie, retouche
reason-not_original-about = La photo n'était pas une photo en couleur du document original. OKX n'accepte ni les captures d'écran, ni les photocopies, ni les photos d'une photo, ni les images retouchées.
reason-not_original-step-1 = Photographiez le document physique lui-même avec l'appareil photo de votre téléphone.
reason-not_original-step-2 = N'envoyez pas de captures d'écran, de scans, de photocopies, d'impressions, de pièces d'identité numériques ni de photos d'un écran.
reason-not_original-step-3 = Envoyez une photo en couleur, jamais en noir et blanc.
reason-not_original-step-4 = Ne retouchez pas la photo : pas de filtres, de recadrage, de stickers, de zones floutées ni d'annotations.
reason-not_original-step-5 = Prenez une nouvelle photo plutôt que de renvoyer celle qui a été refusée ; certains services de vérification signalent une image déjà refusée auparavant.

## wrong_document

reason-wrong_document = Mauvais document ou côté
reason-wrong_document-about = Le type de document n'est pas accepté, ou il manquait un côté ou une page. Les documents acceptés par OKX dépendent de votre pays.
reason-wrong_document-step-1 = Choisissez un type de pièce d'identité proposé par OKX pour votre pays dans le formulaire de vérification ; les visas, cartes d'étudiant et permis de travail ne sont pas des pièces d'identité.
reason-wrong_document-step-2 = Le pays qui a délivré le document doit être celui que vous avez sélectionné.
reason-wrong_document-step-3 = Pour une carte d'identité ou un permis de conduire, envoyez le recto et le verso en deux photos, jamais deux fois le même côté.
reason-wrong_document-step-4 = Pour un passeport, envoyez la page d'identité avec votre photo, ainsi que d'autres pages importantes si on vous le demande.
reason-wrong_document-step-5 = Mettez chaque fichier au bon endroit : la pièce d'identité là où elle est demandée, le justificatif de domicile là où l'adresse est demandée.

## document_invalid

reason-document_invalid = Expiré/non signé/abîmé
reason-document_invalid-about = Le document lui-même n'a pas été accepté : expiré, non signé, abîmé ou sans photo d'identité nette. OKX demande un document valide et en bon état.
reason-document_invalid-step-1 = Vérifiez la date d'expiration. Privilégiez un document encore valable un certain temps : certains services de vérification refusent un document qui expire dans moins d'un mois.
reason-document_invalid-step-2 = Si le champ de signature de votre passeport est vide, signez-le avant de prendre la photo.
reason-document_invalid-step-3 = Vérifiez que la photo d'identité et la date de naissance sont présentes et bien lisibles.
reason-document_invalid-step-4 = Si le document est fissuré, usé, perforé ou qu'il lui manque un coin, utilisez une autre pièce d'identité valide ou faites-le renouveler.
reason-document_invalid-step-5 = Si OKX exige un nouveau passeport dans votre pays, faites-le d'abord renouveler.

## data_mismatch

reason-data_mismatch = Infos différentes
reason-data_mismatch-about = Ce que vous avez saisi dans le formulaire (nom, date de naissance, numéro de pièce d'identité, nationalité) ne correspond pas au document.
reason-data_mismatch-step-1 = Comparez un par un chaque champ saisi avec le document.
reason-data_mismatch-step-2 = Saisissez votre nom exactement comme il est imprimé : même orthographe, même ordre, avec vos autres prénoms ; pas de surnom ni de translittération de votre cru.
reason-data_mismatch-step-3 = Si le formulaire comporte un champ pour le nom en langue locale, saisissez-y le nom dans le même alphabet que sur la pièce d'identité.
reason-data_mismatch-step-4 = Date de naissance : vérifiez l'ordre du jour et du mois.
reason-data_mismatch-step-5 = Numéro de pièce d'identité : complet, sans espaces ; ne confondez pas O et 0, ni I et 1.
reason-data_mismatch-step-6 = Si vous avez deux nationalités, choisissez celle du document que vous envoyez.
reason-data_mismatch-step-7 = Pays de résidence : là où vous vivez réellement.
reason-data_mismatch-step-8 = Si vous ne pouvez plus modifier les informations, demandez au support OKX de les corriger.

## selfie_failed

reason-selfie_failed = Échec du selfie
reason-selfie_failed-about = Le scan du visage n'a pas pu aboutir ou le visage n'était pas assez net. OKX demande votre visage entier dans l'ovale, avec un bon éclairage, sans bouger.
reason-selfie_failed-step-1 = Placez-vous face à la lumière : pas de fenêtre ni de lampe derrière vous.
reason-selfie_failed-step-2 = Retirez chapeau, masque ou lunettes de soleil, et dégagez les cheveux de votre visage.
reason-selfie_failed-step-3 = Tenez le téléphone à hauteur des yeux, avec le visage dans l'ovale.
reason-selfie_failed-step-4 = Restez immobile, puis tournez lentement la tête quand l'application vous le demande.
reason-selfie_failed-step-5 = Autorisez l'accès à la caméra, mettez à jour l'application OKX et fermez les autres applications ; si cela échoue encore, essayez avec un autre téléphone.
reason-selfie_failed-step-6 = Faites-le vous-même : seul le titulaire du compte peut passer la vérification faciale.

## face_mismatch

reason-face_mismatch = Visage différent
reason-face_mismatch-about = Le visage du selfie n'a pas pu être associé à la photo d'identité du document.
reason-face_mismatch-step-1 = Seul le titulaire du compte peut prendre le selfie.
reason-face_mismatch-step-2 = Utilisez votre pièce d'identité la plus récente, pour que la photo vous ressemble aujourd'hui.
reason-face_mismatch-step-3 = Vérifiez que, sur la photo du document, votre portrait est net et sans reflet.
reason-face_mismatch-step-4 = Gardez une expression neutre, sans lunettes ni chapeau.
reason-face_mismatch-step-5 = Si cela échoue encore, contactez le support OKX : certains services de vérification considèrent une non-correspondance du visage comme définitive.

## duplicate_identity

reason-duplicate_identity = ID déjà vérifiée
reason-duplicate_identity-about = Cette identité est déjà vérifiée sur un autre compte OKX. OKX n'autorise qu'un compte par personne, donc renvoyer votre demande ne servira à rien.
reason-duplicate_identity-step-1 = OKX n'autorise qu'un compte par personne, et votre identité est liée à un autre compte.
reason-duplicate_identity-step-2 = Connectez-vous à ce compte, ou récupérez-le via la procédure de récupération de compte d'OKX.
reason-duplicate_identity-step-3 = Si vous ne connaissez pas ce compte (quelqu'un a peut-être utilisé votre pièce d'identité), contactez le support OKX en indiquant votre UID.
reason-duplicate_identity-step-4 = N'utilisez jamais la pièce d'identité de quelqu'un d'autre, et ne prêtez jamais la vôtre.

## not_eligible

reason-not_eligible = Région ou éligibilité
reason-not_eligible-about = OKX ne peut pas vous vérifier pour ce compte, par exemple en raison de votre lieu de résidence. Renvoyer votre demande n'y changera rien.
reason-not_eligible-step-1 = Lisez la section 2.2 des Conditions d'utilisation d'OKX et vérifiez quelle entité OKX dessert votre pays de résidence.
reason-not_eligible-step-2 = L'éligibilité dépend de l'endroit où vous vivez, pas seulement de votre nationalité.
reason-not_eligible-step-3 = N'utilisez pas de VPN et ne déclarez pas une fausse résidence.
reason-not_eligible-step-4 = Si vous pensez qu'il s'agit d'une erreur (par exemple, vous avez déménagé), contactez le support OKX avec votre UID et un justificatif de résidence, et ne renvoyez pas votre demande en boucle.

## address_proof

reason-address_proof = Justificatif de domicile
reason-address_proof-about = Le justificatif de domicile n'a pas été accepté. Il doit indiquer votre nom et votre adresse actuelle, la même que celle saisie dans le formulaire.
reason-address_proof-step-1 = Utilisez un document qui indique votre nom et votre adresse de résidence actuelle.
reason-address_proof-step-2 = L'adresse doit être exactement celle que vous avez saisie dans le formulaire.
reason-address_proof-step-3 = Utilisez un document récent : émis au cours des 3 derniers mois là où OKX fixe une limite (par exemple en Arabie saoudite).
reason-address_proof-step-4 = Envoyez une photo de l'original (la page entière, avec tous les coins) ou le PDF tel qu'il a été émis ; pas de captures d'écran.
reason-address_proof-step-5 = N'utilisez pas l'adresse d'une boîte postale.

## unknown

reason-unknown = Aucun motif affiché
reason-unknown-about = OKX ne vous a pas indiqué de motif. En général, il figure dans l'e-mail ou le SMS envoyé par OKX, avec un lien pour renvoyer votre demande.
reason-unknown-step-1 = Lisez l'e-mail ou le SMS d'OKX concernant la vérification : il indique le motif et contient un lien pour renvoyer votre demande.
reason-unknown-step-2 = Ouvrez la page de vérification dans l'application OKX et cherchez-y le motif.
reason-unknown-step-3 = Sinon, passez en revue les causes fréquentes dans l'ordre : capture d'écran, copie ou photo en noir et blanc ; coins manquants ; flou ; reflets ; date d'expiration ; les informations saisies ; le selfie.
reason-unknown-step-4 = Envoyez la photo de votre pièce d'identité et votre selfie à ce bot pour les faire vérifier.
reason-unknown-step-5 = Si ce n'est toujours pas clair, ou s'il n'y a aucun résultat après 24 heures, contactez le support OKX.
reason-invalid-expiry = Expiration invalide
