# Les parties fixes de la liste finale, la vérification de la date d'expiration et les étapes suivantes.
# Voir locales/README.md et src/content/checklist.rs (qui les assemble dans l'ordre).

## Titres de section de la liste

checklist-title = Votre liste avant de renvoyer votre demande
checklist-title-final = Que faire au lieu de renvoyer votre demande
checklist-section-reason = Corrigez le motif indiqué par OKX
checklist-section-photos = Corrigez ce que j'ai trouvé sur vos photos
checklist-section-data = Vérifiez les informations saisies
checklist-section-resubmit = Ensuite, renvoyez votre demande
checklist-section-instead = Que faire à la place

## Vérification des informations : chaque champ saisi exactement comme sur le document

checklist-data-1 = Nom : exactement comme il est imprimé sur le document, même orthographe et même ordre, dans l'alphabet (latin ou local) demandé par le champ.
checklist-data-2 = Date de naissance : la même que sur le document ; vérifiez que le jour et le mois ne sont pas inversés.
checklist-data-3 = Date d'expiration : le document ne doit pas être expiré ; assurez-vous qu'il sera encore valide le jour où vous l'envoyez.
checklist-data-4 = Adresse : votre adresse de résidence actuelle, écrite de la même façon que sur votre justificatif de domicile si on vous en demande un.
checklist-data-5 = Nationalité et numéro de pièce d'identité : la nationalité du document que vous envoyez, et le numéro complet, sans espaces.

## Ordre pour renvoyer la demande (motifs que vous pouvez corriger vous-même)

checklist-resubmit-1 = Corrigez d'abord tout ce qui figure sur cette liste, puis renvoyez votre demande. Renvoyer les mêmes photos donne rarement un résultat différent.
checklist-resubmit-2 = Utilisez le même téléphone et le même réseau pendant toute la vérification, et n'activez ni ne désactivez de VPN pendant l'examen.
checklist-resubmit-3 = Renvoyez votre demande une seule fois, via le lien de l'e-mail d'OKX ou la page de vérification de l'application, puis attendez le résultat.
checklist-resubmit-4 = Si le compte affiche un délai avant de pouvoir réessayer, respectez-le. OKX ne publie ni limite fixe de tentatives ni délai d'attente fixe.

## Au lieu de renvoyer la demande (motifs définitifs : identité déjà utilisée, non éligible)

checklist-final-1 = Ne renvoyez pas votre demande : renvoyer les mêmes photos ou de nouvelles ne changera pas cette décision.
checklist-final-2 = Contactez le support OKX uniquement via l'application OKX ou sur okx.com, et donnez-leur votre UID.
checklist-final-3 = Personne chez OKX ne vous demandera votre mot de passe, vos codes 2FA, votre phrase de récupération ou un paiement pour débloquer la vérification.

## Vérification de la date d'expiration (les verdicts ne prennent pas d'arguments ; expiry-read-as vient en premier et
## montre comment la date saisie a été lue, au format AAAA-MM-JJ, pour qu'un jour et un mois inversés se voient)

expiry-read-as = J'ai lu cette date ainsi : { $date }.
expiry-expired = Ce document a expiré. OKX n'accepte pas les documents expirés : utilisez une autre pièce d'identité valide ou faites renouveler celle-ci.
expiry-soon = Ce document expire dans moins d'un mois. Il peut encore passer, mais certains services de vérification refusent les documents qui expirent aussi tôt : utilisez une autre pièce d'identité valide si vous en avez une.
expiry-fine = La date elle-même est correcte : le document est valide plus d'un mois encore. Si OKX a indiqué « date d'expiration invalide », vérifiez que la date est nette et sans reflet sur la photo et saisie exactement comme imprimée.
expiry-unreadable = Je n'ai pas pu lire cette date. Saisissez-la comme sur le document, par exemple 15.03.2027 ou 2027-03-15.

## Étapes suivantes

next-register = Pas encore de compte OKX ? Inscrivez-vous uniquement dans l'application officielle OKX ou sur okx.com, jamais via des liens envoyés par des inconnus ou dans des discussions.
next-complete-kyc = Pour vous faire vérifier : sur le site, icône de profil → « Verification » (Vérification) → « Individual account » (Compte individuel) ; dans l'application, « User Center » (Centre utilisateur) → « Profile and Settings » (Profil et paramètres) → « Identity verification » (Vérification d'identité). En français, les intitulés de l'application peuvent différer un peu. Préparez votre pièce d'identité valide, prenez les photos avec un bon éclairage sur un fond uni et saisissez vos informations exactement comme sur le document. En cas d'échec, lisez le motif dans l'e-mail ou l'application OKX, corrigez-le et vérifiez vos photos ici avant de renvoyer votre demande.
next-help-centre = Pour tout ce à quoi ce bot ne peut pas répondre, consultez le Centre d'aide d'OKX (okx.com/help) ou contactez le support dans l'application OKX. La documentation officielle d'OKX fait foi : ce bot est un outil indépendant et peut ne pas être à jour.
next-terms-link = Conditions d'utilisation d'OKX, section 2.2 (où OKX ne propose pas ses services) : https://www.okx.com/fr/help-center/360021813691
expiry-none = Un document sans date d'expiration ne peut pas être expiré : il n'y a rien à corriger ici. OKX ne publie pas de règle propre à ces documents : si le formulaire exige une date, demandez au support d'OKX.
