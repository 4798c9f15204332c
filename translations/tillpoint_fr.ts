<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DemoReceipt</name>
    <message>
        <source>%1: no product with this barcode</source>
        <translation>%1 : aucun article avec ce code-barres</translation>
    </message>
    <message>
        <source>%1: no product with this scale label</source>
        <translation>%1 : aucun article avec cette étiquette de balance</translation>
    </message>
    <message>
        <source>%1: coupon barcodes are not accepted here; enter the coupon code</source>
        <translation>%1 : les codes-barres de bon ne sont pas acceptés ici ; saisissez le code du bon</translation>
    </message>
    <message>
        <source>%1: not a usable barcode (%2)</source>
        <translation>%1 : code-barres inutilisable (%2)</translation>
    </message>
    <message>
        <source>Coupon %1 does not exist</source>
        <translation>Le bon %1 n’existe pas</translation>
    </message>
    <message>
        <source>Coupon %1 not applied: %2</source>
        <translation>Bon %1 non appliqué : %2</translation>
    </message>
    <message>
        <source>The ticket cannot be priced: %1</source>
        <translation>Le ticket ne peut pas être calculé : %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>%1 kg × %2/kg</source>
        <translation>%1 kg × %2/kg</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>Bon %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>TOTAL %1</source>
        <translation>TOTAL %1</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <source>To pay in cash</source>
        <translation>À payer en espèces</translation>
    </message>
    <message>
        <source>Not rung up:</source>
        <translation>Non enregistré :</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux TVA</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
</context>
<context>
    <name>DeviceCommands</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 impossible : %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes sent to %3.</source>
        <translation>%1 : %2 octets envoyés à %3.</translation>
    </message>
    <message>
        <source>USB receipt printers:</source>
        <translation>Imprimantes de tickets USB :</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>Serial ports:</source>
        <translation>Ports série :</translation>
    </message>
    <message>
        <source>Network printers are not discovered: use tcp://&lt;address&gt;:9100.</source>
        <translation>Les imprimantes réseau ne sont pas détectées : utilisez tcp://&lt;address&gt;:9100.</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impression de test</translation>
    </message>
    <message>
        <source>Opening the drawer</source>
        <translation>Ouverture du tiroir-caisse</translation>
    </message>
    <message>
        <source>Status request failed: %1</source>
        <translation>Échec de la demande d’état : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Only serial and USB-CDC scanners can be tested here; a keyboard-wedge scanner types into any text field.</source>
        <translation>Seuls les scanners série et USB-CDC peuvent être testés ici ; un scanner en mode clavier (keyboard wedge) saisit dans n’importe quel champ de texte.</translation>
    </message>
    <message>
        <source>Scanned &quot;%1&quot;: %2</source>
        <translation>Scanné « %1 » : %2</translation>
    </message>
    <message>
        <source>, GTIN %1</source>
        <translation>, GTIN %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Waiting %1 s for a scan on %2 ...</source>
        <translation>Attente d’un scan sur %2 pendant %1 s ...</translation>
    </message>
    <message>
        <source>No scan arrived within %1 s: check the scanner&apos;s interface mode (USB-CDC / serial) and baud rate.</source>
        <translation>Aucun scan reçu en %1 s : vérifiez le mode d’interface du scanner (USB-CDC / série) et le débit en bauds.</translation>
    </message>
</context>
<context>
    <name>ImageSync</name>
    <message>
        <source>The server cannot be reached; the images move when it can.</source>
        <translation>Le serveur est injoignable ; les images partiront dès qu’il le sera.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Fill in the shop, your e-mail address and your password.</source>
        <translation>Renseignez la boutique, votre adresse e-mail et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>OfficeAdmin</name>
    <message>
        <source>This needs the server, which cannot be reached now. Try again when the status bar says online.</source>
        <translation>Cela nécessite le serveur, injoignable pour l&apos;instant. Réessayez quand la barre d&apos;état indique « en ligne ».</translation>
    </message>
</context>
<context>
    <name>ReceiptLayout</name>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>/kg</source>
        <translation>/kg</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>TOTAL %1</source>
        <translation>TOTAL %1</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Taux TVA</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Servi par %1</translation>
    </message>
</context>
<context>
    <name>ReceiptTemplateEditor</name>
    <message>
        <source>Sample cashier</source>
        <translation>Caissier d&apos;exemple</translation>
    </message>
    <message>
        <source>Mug</source>
        <translation>Mug</translation>
    </message>
    <message>
        <source>Organic tee</source>
        <translation>T-shirt bio</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rings a demo basket through Tillpoint&apos;s pricing core and prints the receipt.</source>
        <translation>Enregistre un panier de démonstration avec le moteur de prix de Tillpoint et imprime le ticket.</translation>
    </message>
    <message>
        <source>Demo store: berlin or zurich.</source>
        <translation>Magasin de démonstration : berlin ou zurich.</translation>
    </message>
    <message>
        <source>Language and formats, e.g. de_DE.</source>
        <translation>Langue et formats, p. ex. fr_FR.</translation>
    </message>
    <message>
        <source>Coupon code to apply.</source>
        <translation>Code de bon à appliquer.</translation>
    </message>
    <message>
        <source>Barcodes to ring instead of the demo basket.</source>
        <translation>Codes-barres à enregistrer au lieu du panier de démonstration.</translation>
    </message>
    <message>
        <source>Unknown demo store &quot;%1&quot;: choose berlin or zurich.</source>
        <translation>Magasin de démonstration « %1 » inconnu : choisissez berlin ou zurich.</translation>
    </message>
    <message>
        <source>List USB receipt printers and serial ports.</source>
        <translation>Lister les imprimantes de tickets USB et les ports série.</translation>
    </message>
    <message>
        <source>Print the test page on &lt;uri&gt;.</source>
        <translation>Imprimer la page de test sur &lt;uri&gt;.</translation>
    </message>
    <message>
        <source>Open the cash drawer on &lt;uri&gt;.</source>
        <translation>Ouvrir le tiroir-caisse sur &lt;uri&gt;.</translation>
    </message>
    <message>
        <source>Ask the printer on &lt;uri&gt; for its status.</source>
        <translation>Demander l’état de l’imprimante sur &lt;uri&gt;.</translation>
    </message>
    <message>
        <source>Printer model profile: %1.</source>
        <translation>Profil du modèle d’imprimante : %1.</translation>
    </message>
    <message>
        <source>Drawer kick pin: 2 or 5.</source>
        <translation>Broche d’ouverture du tiroir-caisse : 2 ou 5.</translation>
    </message>
    <message>
        <source>Drawer kick pulse length in ms.</source>
        <translation>Durée de l’impulsion d’ouverture du tiroir-caisse en ms.</translation>
    </message>
    <message>
        <source>Wait for one scan from the serial scanner on &lt;uri&gt;.</source>
        <translation>Attendre un scan du scanner série sur &lt;uri&gt;.</translation>
    </message>
    <message>
        <source>How long --scan-test waits, in seconds.</source>
        <translation>Durée d’attente de --scan-test, en secondes.</translation>
    </message>
    <message>
        <source>The drawer is a serial drawer opened by BEL, not a printer kick.</source>
        <translation>Le tiroir-caisse est un tiroir série ouvert par BEL, et non par l’imprimante.</translation>
    </message>
    <message>
        <source>Unknown printer profile &quot;%1&quot;; choose one of: %2.</source>
        <translation>Profil d’imprimante « %1 » inconnu ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>--scan-timeout must be a number of seconds.</source>
        <translation>--scan-timeout doit être un nombre de secondes.</translation>
    </message>
    <message>
        <source>--pin must be 2 or 5 and --pulse-ms between 2 and 510.</source>
        <translation>--pin doit valoir 2 ou 5 et --pulse-ms être compris entre 2 et 510.</translation>
    </message>
    <message>
        <source>First run: the server&apos;s address.</source>
        <translation>Premier démarrage : l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>First run: the enrolment code made in the backoffice.</source>
        <translation>Premier démarrage : le code d&apos;enregistrement créé dans le backoffice.</translation>
    </message>
    <message>
        <source>The register&apos;s settings file (its replica is kept beside it).</source>
        <translation>Le fichier de réglages de la caisse (sa réplique est à côté).</translation>
    </message>
    <message>
        <source>White on black, for bright shops.</source>
        <translation>Blanc sur noir, pour les magasins lumineux.</translation>
    </message>
    <message>
        <source>Tillpoint register. Without options it opens the register window (first run: --server and --enrolment-code). Device commands for setting up a till:</source>
        <translation>Caisse Tillpoint. Sans option, elle ouvre la fenêtre de caisse (premier démarrage : --server et --enrolment-code). Commandes de périphériques pour installer une caisse :</translation>
    </message>
    <message>
        <source>Give one device command (see --help), or no command for the register window.</source>
        <translation>Indiquez une commande de périphérique (voir --help), ou aucune pour la fenêtre de caisse.</translation>
    </message>
    <message>
        <source>The receipt printer (remembered), e.g. usb://04b8:0202 or tcp://10.0.0.7:9100.</source>
        <translation>L&apos;imprimante de tickets (mémorisée), p. ex. usb://04b8:0202 ou tcp://10.0.0.7:9100.</translation>
    </message>
    <message>
        <source>A serial barcode scanner (remembered), e.g. serial:///dev/ttyACM0?baud=9600.</source>
        <translation>Un lecteur de codes-barres série (mémorisé), p. ex. serial:///dev/ttyACM0?baud=9600.</translation>
    </message>
    <message>
        <source>Quit as soon as the till&apos;s window is up (to time the start).</source>
        <translation>Quitter dès que la fenêtre de la caisse est affichée (pour mesurer le démarrage).</translation>
    </message>
    <message>
        <source>Tillpoint backoffice: catalog, stock, orders and customers.</source>
        <translation>Backoffice Tillpoint : catalogue, stock, commandes et clients.</translation>
    </message>
    <message>
        <source>The backoffice&apos;s settings file (its replica is kept beside it).</source>
        <translation>Le fichier de réglages du backoffice (sa réplique est à côté).</translation>
    </message>
    <message>
        <source>The server&apos;s address, for the login.</source>
        <translation>L&apos;adresse du serveur, pour la connexion.</translation>
    </message>
    <message>
        <source>The shop&apos;s short name, for the login.</source>
        <translation>Le nom court de la boutique, pour la connexion.</translation>
    </message>
    <message>
        <source>Your e-mail address, for the login.</source>
        <translation>Votre adresse e-mail, pour la connexion.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::AttributeTemplate</name>
    <message>
        <source>&quot;%1&quot; is no attribute of the template %2.</source>
        <translation>« %1 » n&apos;est pas un attribut du modèle %2.</translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation>%1 est requis pour %2.</translation>
    </message>
    <message>
        <source>%1 is a whole number.</source>
        <translation>%1 est un nombre entier.</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1 est oui ou non.</translation>
    </message>
    <message>
        <source>%1 is a text of at most 1000 characters.</source>
        <translation>%1 est un texte de 1000 caractères au plus.</translation>
    </message>
    <message>
        <source>%1 is one of %2.</source>
        <translation>%1 est l&apos;un de : %2.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::BarcodeRule</name>
    <message>
        <source>A barcode is 1 to 64 letters, digits or signs, without spaces.</source>
        <translation>Un code-barres comporte de 1 à 64 lettres, chiffres ou signes, sans espaces.</translation>
    </message>
    <message>
        <source>%1 is not a valid GTIN: its last digit (the check digit) should be %2.</source>
        <translation>%1 n&apos;est pas un GTIN valide : son dernier chiffre (la clé de contrôle) devrait être %2.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::BulkProductEdits</name>
    <message>
        <source>A price can be lowered by 100 % at most.</source>
        <translation>Un prix peut être baissé de 100 % au maximum.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CampaignEdits</name>
    <message>
        <source>Give the campaign a name (at most 100 characters), e.g. &quot;Summer sale&quot;.</source>
        <translation>Donnez un nom à la campagne (100 caractères au plus), p. ex. « Soldes d’été ».</translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation>La campagne doit finir après son début.</translation>
    </message>
    <message>
        <source>Add at least one item with its campaign price.</source>
        <translation>Ajoutez au moins un article avec son prix de campagne.</translation>
    </message>
    <message>
        <source>The campaign price of %1 is below zero.</source>
        <translation>Le prix de campagne de %1 est inférieur à zéro.</translation>
    </message>
    <message>
        <source>%1 is in the campaign twice; keep one price for it.</source>
        <translation>%1 figure deux fois dans la campagne ; gardez un seul prix.</translation>
    </message>
    <message>
        <source>There is no item with the SKU %1.</source>
        <translation>Aucun article n’a la référence %1.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CatalogExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Le fichier n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CatalogImport</name>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier %1 : %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>%1 (SKU %2) is priced in %3 here; this file is read in %4.</source>
        <translation>%1 (SKU %2) a ici un prix en %3 ; ce fichier est lu en %4.</translation>
    </message>
    <message>
        <source>The handle %1 is a SKU of &quot;%2&quot; in the catalog already.</source>
        <translation>Le handle %1 est déjà un SKU de « %2 » dans le catalogue.</translation>
    </message>
    <message>
        <source>The SKU %1 belongs to &quot;%2&quot; in the catalog already.</source>
        <translation>Le SKU %1 appartient déjà à « %2 » dans le catalogue.</translation>
    </message>
    <message>
        <source>The barcode %1 belongs to &quot;%2&quot; in the catalog already.</source>
        <translation>Le code-barres %1 appartient déjà à « %2 » dans le catalogue.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is left out: none of its variants could be imported.</source>
        <translation>« %1 » est ignoré : aucune de ses variantes n&apos;a pu être importée.</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>L&apos;importation s&apos;est arrêtée : %1</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CategoryTreeModel</name>
    <message>
        <source>A category needs a name of at most 200 characters.</source>
        <translation>Une catégorie a besoin d&apos;un nom de 200 caractères au plus.</translation>
    </message>
    <message>
        <source>That category is not here (yet).</source>
        <translation>Cette catégorie n&apos;est pas (encore) ici.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot go inside itself or one of its own subcategories.</source>
        <translation>« %1 » ne peut pas aller dans elle-même ni dans une de ses sous-catégories.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CountSheetModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CouponEdits</name>
    <message>
        <source>A code is 3 to 32 capital letters, digits, - or _.</source>
        <translation>Un code compte 3 à 32 majuscules, chiffres, - ou _.</translation>
    </message>
    <message>
        <source>A coupon takes off more than nothing: up to 100 %, or an amount.</source>
        <translation>Un bon retire plus que rien : jusqu&apos;à 100 % ou un montant.</translation>
    </message>
    <message>
        <source>An amount off or a minimum order needs its currency.</source>
        <translation>Une remise en montant ou un minimum de commande demande sa devise.</translation>
    </message>
    <message>
        <source>The coupon must end after it starts.</source>
        <translation>Le bon doit se terminer après son début.</translation>
    </message>
    <message>
        <source>A limit is at least 1 (leave it empty for none).</source>
        <translation>Une limite vaut au moins 1 (laissez vide pour aucune).</translation>
    </message>
    <message>
        <source>Another coupon has the code %1.</source>
        <translation>Un autre bon porte le code %1.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CustomerActions</name>
    <message>
        <source>This customer was anonymized at their request.</source>
        <translation>Ce client a été anonymisé à sa demande.</translation>
    </message>
    <message>
        <source>A customer needs a name of at most 200 characters.</source>
        <translation>Un client a besoin d&apos;un nom de 200 caractères au plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>A phone number is at most 40 characters long.</source>
        <translation>Un numéro de téléphone compte au plus 40 caractères.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>This customer was anonymized already.</source>
        <translation>Ce client a déjà été anonymisé.</translation>
    </message>
    <message>
        <source>Anonymized customer</source>
        <translation>Client anonymisé</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CustomerProfile</name>
    <message>
        <source>This customer is not here (yet).</source>
        <translation>Ce client n&apos;est pas (encore) ici.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ImageSync</name>
    <message>
        <source>The server stored image %1 under another name; it will be sent again.</source>
        <translation>Le serveur a enregistré l’image %1 sous un autre nom ; elle sera renvoyée.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ImportErrorsModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::LocalStockMovements</name>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>This office, not sent yet</source>
        <translation>Ce bureau, pas encore envoyé</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::OfficeAdmin</name>
    <message>
        <source>Give the register a name (at most 100 characters), e.g. &quot;Till 2&quot;.</source>
        <translation>Donnez un nom à la caisse (100 caractères au plus), p. ex. « Caisse 2 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>A password has at least 10 characters.</source>
        <translation>Un mot de passe compte au moins 10 caractères.</translation>
    </message>
    <message>
        <source>A register PIN is 4 to 8 digits.</source>
        <translation>Un code PIN de caisse compte 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>Choose a new role or access first.</source>
        <translation>Choisissez d’abord un nouveau rôle ou un nouvel accès.</translation>
    </message>
    <message>
        <source>A store&apos;s code is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, e.g. &quot;hamburg&quot;.</source>
        <translation>Le code d’un magasin compte 1 à 64 lettres, chiffres, « . », « _ » ou « - », p. ex. « hambourg ».</translation>
    </message>
    <message>
        <source>A store needs a name (at most 200 characters).</source>
        <translation>Un magasin a besoin d’un nom (200 caractères au plus).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR.</source>
        <translation>« %1 » n’est pas un code de devise comme EUR.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::OrderActions</name>
    <message>
        <source>Order %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>La commande %1 ne peut pas passer de « %2 » à « %3 ».</translation>
    </message>
    <message>
        <source>A tracking number is at most 200 characters long.</source>
        <translation>Un numéro de suivi comporte au maximum 200 caractères.</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>ce bureau</translation>
    </message>
    <message>
        <source>A note needs some text, at most 4000 characters.</source>
        <translation>Une note doit contenir du texte, 4000 caractères au maximum.</translation>
    </message>
    <message>
        <source>A line can give back at most what was sold.</source>
        <translation>Une ligne ne peut pas rendre plus que ce qui a été vendu.</translation>
    </message>
    <message>
        <source>Choose what comes back.</source>
        <translation>Choisissez ce qui est retourné.</translation>
    </message>
    <message>
        <source>Only %1 of this order is left to refund.</source>
        <translation>Il ne reste que %1 à rembourser sur cette commande.</translation>
    </message>
    <message>
        <source>Money goes back the way it was paid (cash or card), or onto the customer&apos;s store credit.</source>
        <translation>L&apos;argent est rendu par le moyen de paiement utilisé (espèces ou carte) ou crédité sur l&apos;avoir du client.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::OrderListModel</name>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Partiellement remboursée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::OrderView</name>
    <message>
        <source>This order is not here (yet).</source>
        <translation>Cette commande n&apos;est pas (encore) ici.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ProductEditor</name>
    <message>
        <source>This product is not in the catalog here (yet).</source>
        <translation>Ce produit n&apos;est pas (encore) dans le catalogue ici.</translation>
    </message>
    <message>
        <source>These options make more than %1 variants.</source>
        <translation>Ces options donnent plus de %1 variantes.</translation>
    </message>
    <message>
        <source>No free in-store barcode was found; try again.</source>
        <translation>Aucun code-barres interne libre n&apos;a été trouvé ; réessayez.</translation>
    </message>
    <message>
        <source>The SKU must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Le SKU doit comporter de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A product needs a name of at most 200 characters.</source>
        <translation>Un produit doit avoir un nom de 200 caractères au maximum.</translation>
    </message>
    <message>
        <source>The description is longer than 10,000 characters.</source>
        <translation>La description dépasse 10 000 caractères.</translation>
    </message>
    <message>
        <source>A price cannot be below zero.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A product is a draft, active or archived.</source>
        <translation>Un produit est un brouillon, actif ou archivé.</translation>
    </message>
    <message>
        <source>Each option needs its own name of at most 50 characters (&quot;%1&quot;).</source>
        <translation>Chaque option doit avoir son propre nom de 50 caractères au maximum (« %1 »).</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; needs at least one value.</source>
        <translation>L&apos;option « %1 » doit avoir au moins une valeur.</translation>
    </message>
    <message>
        <source>The values of &quot;%1&quot; must be different, each at most 100 characters.</source>
        <translation>Les valeurs de « %1 » doivent être différentes, chacune de 100 caractères au maximum.</translation>
    </message>
    <message>
        <source>A product may have at most %1 variants.</source>
        <translation>Un produit peut avoir au maximum %1 variantes.</translation>
    </message>
    <message>
        <source>Variant %1: the SKU must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Variante %1 : le SKU doit comporter de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Two variants have the SKU %1.</source>
        <translation>Deux variantes ont le SKU %1.</translation>
    </message>
    <message>
        <source>Variant %1: a price cannot be below zero.</source>
        <translation>Variante %1 : un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The barcode %1 is on variant %2 already.</source>
        <translation>Le code-barres %1 est déjà attribué à la variante %2.</translation>
    </message>
    <message>
        <source>The SKU %1 belongs to &quot;%2&quot; already.</source>
        <translation>Le SKU %1 appartient déjà à « %2 ».</translation>
    </message>
    <message>
        <source>The barcode %1 belongs to &quot;%2&quot; already.</source>
        <translation>Le code-barres %1 appartient déjà à « %2 ».</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>The product&apos;s template is not here (yet).</source>
        <translation>Le modèle du produit n&apos;est pas (encore) ici.</translation>
    </message>
    <message>
        <source>Attributes belong to a template: choose one.</source>
        <translation>Les attributs appartiennent à un modèle : choisissez-en un.</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Variante %1 : %2</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ProductEdits</name>
    <message>
        <source>This product is not in the catalog here (yet).</source>
        <translation>Ce produit n&apos;est pas (encore) dans le catalogue ici.</translation>
    </message>
    <message>
        <source>A product is either active or archived.</source>
        <translation>Un produit est soit actif, soit archivé.</translation>
    </message>
    <message>
        <source>This conflict was settled already.</source>
        <translation>Ce conflit a déjà été réglé.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ProductImages</name>
    <message>
        <source>This is not a JPEG, PNG or WebP image.</source>
        <translation>Ce n’est pas une image JPEG, PNG ou WebP.</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB even after shrinking it; choose a smaller one.</source>
        <translation>L’image dépasse %1 Mo même réduite ; choisissez-en une plus petite.</translation>
    </message>
    <message>
        <source>The server sent other bytes for image %1.</source>
        <translation>Le serveur a envoyé d’autres données pour l’image %1.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ProductListModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ShopifyProductCsv</name>
    <message>
        <source>The column &quot;%1&quot; appears twice in the first line.</source>
        <translation>La colonne « %1 » apparaît deux fois dans la première ligne.</translation>
    </message>
    <message>
        <source>This is not a product CSV file: its first line has no &quot;Handle&quot; column.</source>
        <translation>Ce n&apos;est pas un fichier CSV de produits : sa première ligne n&apos;a pas de colonne « Handle ».</translation>
    </message>
    <message>
        <source>The row has no handle, so it belongs to no product.</source>
        <translation>La ligne n&apos;a pas de handle, elle n&apos;appartient donc à aucun produit.</translation>
    </message>
    <message>
        <source>The row holds nothing to import (no title, option, SKU or price).</source>
        <translation>La ligne ne contient rien à importer (ni titre, ni option, ni SKU, ni prix).</translation>
    </message>
    <message>
        <source>Left out with its product: the product&apos;s first row (line %1) has errors.</source>
        <translation>Ignorée avec son produit : la première ligne du produit (ligne %1) contient des erreurs.</translation>
    </message>
    <message>
        <source>A second product with the handle &quot;%1&quot; (line %2 has another title): handles must be unique.</source>
        <translation>Un deuxième produit avec le handle « %1 » (la ligne %2 a un autre titre) : les handles doivent être uniques.</translation>
    </message>
    <message>
        <source>The product&apos;s first row needs its title.</source>
        <translation>La première ligne du produit doit contenir son titre.</translation>
    </message>
    <message>
        <source>A title may be at most %1 characters long, without control characters.</source>
        <translation>Un titre peut comporter au maximum %1 caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>La description dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no status: write active, draft or archived.</source>
        <translation>« %1 » n&apos;est pas un statut : écrivez active, draft ou archived.</translation>
    </message>
    <message>
        <source>%1 is given but %2 is empty: fill the options from the first one.</source>
        <translation>%1 est renseigné mais %2 est vide : remplissez les options à partir de la première.</translation>
    </message>
    <message>
        <source>An option&apos;s name may be at most %1 characters long.</source>
        <translation>Le nom d&apos;une option peut comporter au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is named twice.</source>
        <translation>L&apos;option « %1 » est nommée deux fois.</translation>
    </message>
    <message>
        <source>A second variant of &quot;%1&quot;, which has no options: name its options (Option1 Name) on its first row.</source>
        <translation>Une deuxième variante de « %1 », qui n&apos;a pas d&apos;options : nommez ses options (Option1 Name) sur sa première ligne.</translation>
    </message>
    <message>
        <source>Every variant needs a value for &quot;%1&quot;.</source>
        <translation>Chaque variante doit avoir une valeur pour « %1 ».</translation>
    </message>
    <message>
        <source>An option value may be at most %1 characters long.</source>
        <translation>Une valeur d&apos;option peut comporter au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>%1 is given but the product&apos;s first row has no %2.</source>
        <translation>%1 est renseigné mais la première ligne du produit n&apos;a pas de %2.</translation>
    </message>
    <message>
        <source>The variant %1 is on line %2 already.</source>
        <translation>La variante %1 figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>Every variant needs a price.</source>
        <translation>Chaque variante doit avoir un prix.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price in %2: write digits with at most %3 decimals after a point, as in %4.</source>
        <translation>« %1 » n&apos;est pas un prix en %2 : écrivez des chiffres avec au maximum %3 décimales après un point, comme dans %4.</translation>
    </message>
    <message>
        <source>A price cannot be below zero.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a SKU: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>« %1 » ne peut pas être un SKU : utilisez de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The SKU %1 is on line %2 already.</source>
        <translation>Le SKU %1 figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>The barcode %1 is on line %2 already.</source>
        <translation>Le code-barres %1 figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is left out: none of its variants could be imported.</source>
        <translation>« %1 » est ignoré : aucune de ses variantes n&apos;a pu être importée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a SKU: its handle has no letters or digits to make one from.</source>
        <translation>« %1 » a besoin d&apos;un SKU : son handle ne contient ni lettres ni chiffres pour en créer un.</translation>
    </message>
    <message>
        <source>The handle &quot;%1&quot; has no letters or digits to make the product&apos;s SKU from.</source>
        <translation>Le handle « %1 » ne contient ni lettres ni chiffres pour créer le SKU du produit.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StockActions</name>
    <message>
        <source>Choose a store of this shop.</source>
        <translation>Choisissez un magasin de cette boutique.</translation>
    </message>
    <message>
        <source>No item of the catalog has the SKU %1.</source>
        <translation>Aucun article du catalogue n&apos;a la SKU %1.</translation>
    </message>
    <message>
        <source>Enter at least one item with its quantity.</source>
        <translation>Saisissez au moins un article avec sa quantité.</translation>
    </message>
    <message>
        <source>%1: a delivery brings more than nothing.</source>
        <translation>%1 : une livraison apporte plus que rien.</translation>
    </message>
    <message>
        <source>Stock is written off as damaged or corrected.</source>
        <translation>Le stock est sorti comme endommagé ou corrigé.</translation>
    </message>
    <message>
        <source>%1: give how many were damaged.</source>
        <translation>%1 : indiquez combien sont endommagés.</translation>
    </message>
    <message>
        <source>A transfer goes from one store to another.</source>
        <translation>Un transfert va d&apos;un magasin à un autre.</translation>
    </message>
    <message>
        <source>%1: a transfer moves more than nothing.</source>
        <translation>%1 : un transfert déplace plus que rien.</translation>
    </message>
    <message>
        <source>Nothing was counted.</source>
        <translation>Rien n&apos;a été compté.</translation>
    </message>
    <message>
        <source>%1: a count is never below zero.</source>
        <translation>%1 : un comptage n&apos;est jamais inférieur à zéro.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StockHistory</name>
    <message>
        <source>The server did not give the history: %1</source>
        <translation>Le serveur n&apos;a pas fourni l&apos;historique : %1</translation>
    </message>
    <message>
        <source>The history is kept on the server, which cannot be reached now; the levels here are up to date as of the last sync.</source>
        <translation>L&apos;historique est conservé sur le serveur, injoignable pour l&apos;instant ; les niveaux affichés ici datent de la dernière synchronisation.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StockLevelModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Low below</source>
        <translation>Bas en dessous de</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StockMovementView</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>Transféré (entrée)</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Transféré (sortie)</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StoreProfiles</name>
    <message>
        <source>&quot;%1&quot; is not a tax class and its rate, e.g. &quot;standard 19 %&quot; (0 to 100 %).</source>
        <translation>« %1 » n’est pas une classe de taxe avec son taux, p. ex. « standard 19 % » (0 à 100 %).</translation>
    </message>
    <message>
        <source>A store needs a name (at most 200 characters).</source>
        <translation>Un magasin a besoin d’un nom (200 caractères au plus).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; choose one such as Europe/Berlin.</source>
        <translation>« %1 » n’est pas un fuseau horaire ; choisissez-en un comme Europe/Paris.</translation>
    </message>
    <message>
        <source>A country is its two-letter code, e.g. DE or FR.</source>
        <translation>Un pays s’écrit avec son code à deux lettres, p. ex. DE ou FR.</translation>
    </message>
    <message>
        <source>The rate of %1 must be from 0 to 100 %.</source>
        <translation>Le taux de %1 doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>Loyalty points per unit are 0 (none) to 1000.</source>
        <translation>Points de fidélité par unité : de 0 (aucun) à 1000.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StoreSettings</name>
    <message>
        <source>A receipt&apos;s header and footer may each be %1 characters long at most.</source>
        <translation>L&apos;en-tête et le pied d&apos;un ticket peuvent compter chacun %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::app::BackofficeApp</name>
    <message>
        <source>Tillpoint backoffice</source>
        <translation>Backoffice Tillpoint</translation>
    </message>
    <message>
        <source>Offline — edits are kept and sent when the server is back</source>
        <translation>Hors ligne — les modifications sont gardées et envoyées au retour du serveur</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>C&amp;ommandes</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Stock</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>Cli&amp;ents</translation>
    </message>
    <message>
        <source>Cou&amp;pons</source>
        <translation>B&amp;ons</translation>
    </message>
    <message>
        <source>&amp;Receipts</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>Needs attention (%1)…</source>
        <translation>À traiter (%1)…</translation>
    </message>
    <message>
        <source>Registers &amp;&amp; s&amp;taff</source>
        <translation>Caisses &amp;&amp; &amp;personnel</translation>
    </message>
    <message>
        <source>Campai&amp;gns</source>
        <translation>Campa&amp;gnes</translation>
    </message>
    <message>
        <source>Stor&amp;es</source>
        <translation>Mag&amp;asins</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::AdminScreen</name>
    <message>
        <source>e.g. Till 2</source>
        <translation>p. ex. Caisse 2</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Au moins 10 caractères</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 à 8 chiffres</translation>
    </message>
    <message>
        <source>&amp;Make enrolment code</source>
        <translation>&amp;Créer un code d&apos;inscription</translation>
    </message>
    <message>
        <source>&amp;Add staff member</source>
        <translation>&amp;Ajouter un membre du personnel</translation>
    </message>
    <message>
        <source>Set register &amp;PIN</source>
        <translation>Définir le &amp;PIN de caisse</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Nouvelle caisse</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Register&apos;s name</source>
        <translation>Nom de la caisse</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>PIN for the selected</source>
        <translation>PIN pour la personne choisie</translation>
    </message>
    <message>
        <source>On the new register: start Tillpoint, enter this server&apos;s address and this code. It works once, until %1.</source>
        <translation>Sur la nouvelle caisse : lancez Tillpoint, saisissez l&apos;adresse de ce serveur et ce code. Il sert une fois, jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>%1 can log in now; the list shows them after the next sync.</source>
        <translation>%1 peut se connecter maintenant ; la liste l&apos;affichera après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Select the staff member first.</source>
        <translation>Sélectionnez d&apos;abord la personne.</translation>
    </message>
    <message>
        <source>PIN set. The registers know it after their next sync.</source>
        <translation>PIN enregistré. Les caisses le connaîtront après leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vue la dernière fois</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>&amp;Actualiser la liste</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Changer le &amp;rôle</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Caisses</translation>
    </message>
    <message>
        <source>Role of the selected</source>
        <translation>Rôle de la sélection</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Registers in red have not synced for a long time or hold sales they have not sent: check that they are on and connected.</source>
        <translation>Les caisses en rouge n’ont pas synchronisé depuis longtemps ou gardent des ventes non envoyées : vérifiez qu’elles sont allumées et connectées.</translation>
    </message>
    <message>
        <source>Select the register first.</source>
        <translation>Sélectionnez d’abord la caisse.</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? It stops syncing at once; sales it has not sent stay on it until it is enrolled again.</source>
        <translation>Révoquer « %1 » ? Elle cesse aussitôt de synchroniser ; les ventes non envoyées restent sur elle jusqu’à son nouvel enrôlement.</translation>
    </message>
    <message>
        <source>%1 is revoked.</source>
        <translation>%1 est révoquée.</translation>
    </message>
    <message>
        <source>Now %1; the list and the registers show it after their next sync.</source>
        <translation>Désormais %1 ; la liste et les caisses l’affichent après leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer log in here or at the registers.</source>
        <translation>Désactiver %1 ? Cette personne ne pourra plus se connecter ici ni aux caisses.</translation>
    </message>
    <message>
        <source>%1 is disabled: logins are refused now, the registers refuse their PIN after their next sync.</source>
        <translation>%1 est désactivé : les connexions sont refusées dès maintenant, les caisses refusent le code PIN après leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>Registers and staff</source>
        <translation>Caisses et personnel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Filter registers (Ctrl+F)</source>
        <translation>Filtrer les caisses (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter staff</source>
        <translation>Filtrer le personnel</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::CampaignsScreen</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>e.g. Summer sale</source>
        <translation>p. ex. Soldes d’été</translation>
    </message>
    <message>
        <source>None ticked: every store.</source>
        <translation>Aucun coché : tous les magasins.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Regular price</source>
        <translation>Prix normal</translation>
    </message>
    <message>
        <source>Campaign price</source>
        <translation>Prix de campagne</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Archived (withdrawn)</source>
        <translation>Archivée (retirée)</translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation>&amp;Nouvelle campagne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Ajouter un article</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Retirer l’article</translation>
    </message>
    <message>
        <source>Set all to this much &amp;off</source>
        <translation>Tout &amp;réduire d’autant</translation>
    </message>
    <message>
        <source>until</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>A new campaign: add its items and their campaign prices.</source>
        <translation>Une nouvelle campagne : ajoutez ses articles et leurs prix de campagne.</translation>
    </message>
    <message>
        <source>No item with this SKU</source>
        <translation>Aucun article avec cette référence</translation>
    </message>
    <message>
        <source>Select the item to remove first.</source>
        <translation>Sélectionnez d’abord l’article à retirer.</translation>
    </message>
    <message>
        <source>Lines without a known regular price were left as they were: %1.</source>
        <translation>Les lignes sans prix normal connu sont restées telles quelles : %1.</translation>
    </message>
    <message>
        <source>The currency %1 is unknown here.</source>
        <translation>La devise %1 est inconnue ici.</translation>
    </message>
    <message>
        <source>Line %1: give the SKU and its campaign price (%2).</source>
        <translation>Ligne %1 : indiquez la référence et son prix de campagne (%2).</translation>
    </message>
    <message>
        <source>the SKU is missing</source>
        <translation>la référence manque</translation>
    </message>
    <message>
        <source>Saved. The registers sell at these prices from the start, after their next sync.</source>
        <translation>Enregistré. Les caisses vendent à ces prix dès le début, après leur prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::CatalogScreen</name>
    <message>
        <source>Search by name or SKU (Ctrl+F)</source>
        <translation>Rechercher par nom ou référence (Ctrl+F)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;Nouveau produit</translation>
    </message>
    <message>
        <source>New product (Ctrl+N)</source>
        <translation>Nouveau produit (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change &amp;prices…</source>
        <translation>Modifier les &amp;prix…</translation>
    </message>
    <message>
        <source>Raise or lower the selected products&apos; prices by a percentage</source>
        <translation>Augmenter ou baisser d&apos;un pourcentage les prix des produits sélectionnés</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>Put on &amp;sale</source>
        <translation>Mettre en &amp;vente</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Selected products:</source>
        <translation>Produits sélectionnés :</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Exporter des produits</translation>
    </message>
    <message>
        <source>products.csv</source>
        <translation>produits.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the catalog…</source>
        <translation>Exportation du catalogue…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Select the products first.</source>
        <translation>Sélectionnez d&apos;abord les produits.</translation>
    </message>
    <message>
        <source>Change prices</source>
        <translation>Modifier les prix</translation>
    </message>
    <message>
        <source>Change by how many percent? (10 raises by 10 %, -5 lowers by 5 %)</source>
        <translation>Modifier de combien de pour cent ? (10 augmente de 10 %, -5 baisse de 5 %)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage.</source>
        <translation>« %1 » n&apos;est pas un pourcentage.</translation>
    </message>
    <message>
        <source>Prices of %1 products changed by %2 %.</source>
        <translation>Prix de %1 produits modifiés de %2 %.</translation>
    </message>
    <message>
        <source>%1 products archived.</source>
        <translation>%1 produits archivés.</translation>
    </message>
    <message>
        <source>%1 products on sale.</source>
        <translation>%1 produits mis en vente.</translation>
    </message>
    <message>
        <source>Products exported to %1: %2.</source>
        <translation>Produits exportés vers %1 : %2.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Ca&amp;tegories…</source>
        <translation>Ca&amp;tégories…</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::CategoriesDialog</name>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Drag a category onto another to move it there.</source>
        <translation>Faites glisser une catégorie sur une autre pour l&apos;y déplacer.</translation>
    </message>
    <message>
        <source>&amp;New category…</source>
        <translation>&amp;Nouvelle catégorie…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Name of the new category:</source>
        <translation>Nom de la nouvelle catégorie :</translation>
    </message>
    <message>
        <source>Select the category to rename.</source>
        <translation>Sélectionnez la catégorie à renommer.</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Renommer la catégorie</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; added.</source>
        <translation>« %1 » ajoutée.</translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation>Renommée.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ConflictsDialog</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Ce bureau</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <source>Keep this office&apos;s</source>
        <translation>Garder ceux de ce bureau</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder les &amp;leurs</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder les &amp;miens</translation>
    </message>
    <message>
        <source>&amp;Merge (ticked fields mine)</source>
        <translation>&amp;Fusionner (champs cochés : les miens)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Écarter</translation>
    </message>
    <message>
        <source>Products someone else changed first</source>
        <translation>Produits modifiés d&apos;abord par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Other changes the server refused</source>
        <translation>Autres modifications refusées par le serveur</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Rien à traiter.</translation>
    </message>
    <message>
        <source>Choose the product to settle.</source>
        <translation>Choisissez le produit à régler.</translation>
    </message>
    <message>
        <source>Settled: the server&apos;s values stay.</source>
        <translation>Réglé : les valeurs du serveur restent.</translation>
    </message>
    <message>
        <source>Settled: %1 sent again on top of the server&apos;s version.</source>
        <translation>Réglé : %1 renvoyé par-dessus la version du serveur.</translation>
    </message>
    <message>
        <source>Choose the refusal you have read.</source>
        <translation>Choisissez le refus que vous avez lu.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::CouponsScreen</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>Filtrer par code ou nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Pourcentage de remise</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Montant de remise</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Sans minimum</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Every item; or SKUs separated by commas</source>
        <translation>Tous les articles ; ou des SKU séparées par des virgules</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En usage</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>&amp;New coupon</source>
        <translation>&amp;Nouveau bon</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Commande minimum</translation>
    </message>
    <message>
        <source>Uses in all</source>
        <translation>Utilisations au total</translation>
    </message>
    <message>
        <source>Uses per customer</source>
        <translation>Utilisations par client</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>A new coupon.</source>
        <translation>Un nouveau bon.</translation>
    </message>
    <message>
        <source>The coupon&apos;s currency %1 is unknown here.</source>
        <translation>La devise %1 du bon est inconnue ici.</translation>
    </message>
    <message>
        <source>Minimum order: %1</source>
        <translation>Commande minimum : %1</translation>
    </message>
    <message>
        <source>A limit is a whole number of uses, at least 1; leave it empty for none.</source>
        <translation>Une limite est un nombre entier d&apos;utilisations, au moins 1 ; laissez vide pour aucune.</translation>
    </message>
    <message>
        <source>Saved. The registers know the coupon after their next sync.</source>
        <translation>Enregistré. Les caisses connaîtront le bon après leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Or categories</source>
        <translation>Ou catégories</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::CustomersScreen</name>
    <message>
        <source>E&amp;xport data…</source>
        <translation>E&amp;xporter les données…</translation>
    </message>
    <message>
        <source>A&amp;nonymize…</source>
        <translation>A&amp;nonymiser…</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number (Ctrl+F)</source>
        <translation>Nom, e-mail, téléphone ou numéro de commande (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>Une adresse par ligne</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Export the customer&apos;s data</source>
        <translation>Exporter les données du client</translation>
    </message>
    <message>
        <source>customer-data.json</source>
        <translation>donnees-client.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Anonymize %1?</source>
        <translation>Anonymiser %1 ?</translation>
    </message>
    <message>
        <source>Name, e-mail, phone, addresses, tags and notes of %1 are erased for good, here and on the server. Their orders stay, without their name. This cannot be undone.</source>
        <translation>Le nom, l&apos;e-mail, le téléphone, les adresses, les étiquettes et les notes de %1 sont effacés définitivement, ici et sur le serveur. Ses commandes restent, sans son nom. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Acheté</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Anonymized at the customer&apos;s request.</source>
        <translation>Anonymisé à la demande du client.</translation>
    </message>
    <message>
        <source>Saved. The server hears of it with the next sync.</source>
        <translation>Enregistré. Le serveur en sera informé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The customer&apos;s data is in %1.</source>
        <translation>Les données du client sont dans %1.</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrer l’historique</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::DashboardScreen</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Autres dates</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Low in stock</source>
        <translation>Stock bas</translation>
    </message>
    <message>
        <source>Revenue %1 · %2 orders · %3 per order</source>
        <translation>Chiffre d&apos;affaires %1 · %2 commandes · %3 par commande</translation>
    </message>
    <message>
        <source> · %1 orders in other currencies not counted</source>
        <translation> · %1 commandes dans d&apos;autres devises non comptées</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Meilleures ventes</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Ventes par canal</translation>
    </message>
    <message>
        <source>Sales by store</source>
        <translation>Ventes par magasin</translation>
    </message>
    <message>
        <source>Revenue and orders per day</source>
        <translation>Chiffre d&apos;affaires et commandes par jour</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Chiffre d&apos;affaires (%1)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Filter low stock</source>
        <translation>Filtrer le stock bas</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ImagePreparation</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>%1 is not a picture Tillpoint can read (%2).</source>
        <translation>%1 n’est pas une image que Tillpoint sait lire (%2).</translation>
    </message>
    <message>
        <source>%1 stays too large for a product image even when shrunk; choose a smaller picture.</source>
        <translation>%1 reste trop grande pour une image de produit même réduite ; choisissez une image plus petite.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ImportDialog</name>
    <message>
        <source>Import products from a CSV file</source>
        <translation>Importer des produits depuis un fichier CSV</translation>
    </message>
    <message>
        <source>A product CSV file as Shopify writes it</source>
        <translation>Un fichier CSV de produits tel que Shopify l&apos;exporte</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Filter the tables</source>
        <translation>Filtrer les tableaux</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing… %1 of %2 products</source>
        <translation>Importation… %1 produits sur %2</translation>
    </message>
    <message>
        <source>Choose a file to see what it would import.</source>
        <translation>Choisissez un fichier pour voir ce qu&apos;il importerait.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Products (%1)</source>
        <translation>Produits (%1)</translation>
    </message>
    <message>
        <source>Left out (%1)</source>
        <translation>Ignorés (%1)</translation>
    </message>
    <message>
        <source>Products to import: %1, with %2 variants (%3 new, %4 updating products of the catalog).</source>
        <translation>Produits à importer : %1, avec %2 variantes (%3 nouveaux, %4 mettant à jour des produits du catalogue).</translation>
    </message>
    <message>
        <source>Problems found: %1. Those rows are left out (see &quot;Left out&quot;).</source>
        <translation>Problèmes trouvés : %1. Ces lignes sont ignorées (voir « Ignorés »).</translation>
    </message>
    <message>
        <source>Image rows not imported: %1 (images are added in the product editor).</source>
        <translation>Lignes d&apos;images non importées : %1 (les images s&apos;ajoutent dans l&apos;éditeur de produit).</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Colonnes non importées : %1.</translation>
    </message>
    <message>
        <source>Products imported: %1. They reach the server with the next sync.</source>
        <translation>Produits importés : %1. Ils parviendront au serveur lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 products: those are imported, the others are not.</source>
        <translation>Annulé après %1 produits sur %2 : ceux-ci sont importés, les autres non.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::OrderDetailView</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Change s&amp;tatus</source>
        <translation>Changer le s&amp;tatut</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Rembourser…</translation>
    </message>
    <message>
        <source>Tracking number (for a shipment)</source>
        <translation>Numéro de suivi (pour une expédition)</translation>
    </message>
    <message>
        <source>An internal note: customers never see it</source>
        <translation>Note interne : les clients ne la voient jamais</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation>Aucune commande choisie</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>Commande %1 — %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Payé : %1</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Indicateurs : %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source> (tax %1)</source>
        <translation> (taxes %1)</translation>
    </message>
    <message>
        <source> · refunded %1</source>
        <translation> · remboursé %1</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tracking %1</source>
        <translation>Suivi %1</translation>
    </message>
    <message>
        <source> (not yet confirmed by the server)</source>
        <translation> (pas encore confirmé par le serveur)</translation>
    </message>
    <message>
        <source>Sales at the till are completed there: they can be refunded</source>
        <translation>Les ventes en caisse y sont clôturées : elles peuvent être remboursées</translation>
    </message>
    <message>
        <source>Status changed. The server hears of it with the next sync.</source>
        <translation>Statut modifié. Le serveur en sera informé lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::OrdersScreen</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Number, e-mail or phone (Ctrl+F)</source>
        <translation>Numéro, e-mail ou téléphone (Ctrl+F)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les magasins</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ProductEditorDialog</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;SKU</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>&amp;Price (%1)</source>
        <translation>&amp;Prix (%1)</translation>
    </message>
    <message>
        <source>Options (values separated by commas)</source>
        <translation>Options (valeurs séparées par des virgules)</translation>
    </message>
    <message>
        <source>e.g. Size</source>
        <translation>p. ex. Taille</translation>
    </message>
    <message>
        <source>e.g. Colour</source>
        <translation>p. ex. Couleur</translation>
    </message>
    <message>
        <source>e.g. S, M, L</source>
        <translation>p. ex. S, M, L</translation>
    </message>
    <message>
        <source>e.g. Red, Blue</source>
        <translation>p. ex. Rouge, Bleu</translation>
    </message>
    <message>
        <source>&amp;Make variants</source>
        <translation>&amp;Créer les variantes</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Own price</source>
        <translation>Prix propre</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Codes-barres</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>New in-store &amp;barcode</source>
        <translation>Nouveau code-&amp;barres interne</translation>
    </message>
    <message>
        <source>Gives the selected variant a new EAN-13 for goods without one (GS1 in-store prefix 20).</source>
        <translation>Attribue à la variante sélectionnée un nouvel EAN-13 pour les articles qui n&apos;en ont pas (préfixe GS1 interne 20).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Produit %1</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Prix : %1</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Variante %1 : %2</translation>
    </message>
    <message>
        <source>%1 variants. Set their prices and barcodes, then save.</source>
        <translation>%1 variantes. Définissez leurs prix et codes-barres, puis enregistrez.</translation>
    </message>
    <message>
        <source>Select the variant that needs a barcode.</source>
        <translation>Sélectionnez la variante qui a besoin d&apos;un code-barres.</translation>
    </message>
    <message>
        <source>Barcode %1 given to %2.</source>
        <translation>Code-barres %1 attribué à %2.</translation>
    </message>
    <message>
        <source>Saved. The change reaches the server with the next sync.</source>
        <translation>Enregistré. La modification parviendra au serveur lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Price in the store</source>
        <translation>Prix dans le magasin</translation>
    </message>
    <message>
        <source>Prices per store (empty: the usual price)</source>
        <translation>Prix par magasin (vide : le prix habituel)</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>%1 is a whole number.</source>
        <translation>%1 est un nombre entier.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ProductImagesEditor</name>
    <message>
        <source>What the selected image shows (for people who cannot see it)</source>
        <translation>Ce que montre l’image choisie (pour les personnes qui ne la voient pas)</translation>
    </message>
    <message>
        <source>Add &amp;images…</source>
        <translation>Ajouter des &amp;images…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Retirer l’image</translation>
    </message>
    <message>
        <source>Make main image</source>
        <translation>En faire l’image principale</translation>
    </message>
    <message>
        <source>Not here yet</source>
        <translation>Pas encore ici</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Main · %1</source>
        <translation>Principale · %1</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Ajouter des images</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Select the image first.</source>
        <translation>Sélectionnez d’abord l’image.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ReceiptTemplateEditor</name>
    <message>
        <source>%1 characters a line (%2)</source>
        <translation>%1 caractères par ligne (%2)</translation>
    </message>
    <message>
        <source>Address, VAT number, phone — one per line</source>
        <translation>Adresse, numéro de TVA, téléphone — un par ligne</translation>
    </message>
    <message>
        <source>Thank you, return policy, opening hours — one per line</source>
        <translation>Remerciements, politique de retour, horaires — un par ligne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pied</translation>
    </message>
    <message>
        <source>Saved. The registers print it after their next sync.</source>
        <translation>Enregistré. Les caisses l&apos;imprimeront après leur prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::RefundDialog</name>
    <message>
        <source>Put the goods back in stock</source>
        <translation>Remettre les articles en stock</translation>
    </message>
    <message>
        <source>Refund order %1</source>
        <translation>Rembourser la commande %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Store credit of %1</source>
        <translation>Avoir de %1</translation>
    </message>
    <message>
        <source>Money back by</source>
        <translation>Remboursement par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Rembourser</translation>
    </message>
    <message>
        <source>Refund %1 of %2 still refundable</source>
        <translation>Rembourser %1 sur les %2 encore remboursables</translation>
    </message>
    <message>
        <source>Write each quantity coming back as a number.</source>
        <translation>Saisissez chaque quantité retournée sous forme de nombre.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::StockHistoryDialog</name>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>Stock history: %1</source>
        <translation>Historique du stock : %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>No movements yet.</source>
        <translation>Aucun mouvement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 movements.</source>
        <translation>%1 mouvements.</translation>
    </message>
    <message>
        <source>Offline: only the sales known here and this office&apos;s bookings not sent yet are shown (%1); the whole history needs the server.</source>
        <translation>Hors ligne : seules les ventes connues ici et les écritures de ce bureau pas encore envoyées sont affichées (%1) ; l’historique complet nécessite le serveur.</translation>
    </message>
    <message>
        <source>Filter movements</source>
        <translation>Filtrer les mouvements</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::StockScreen</name>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Receive, transfer, write off</source>
        <translation>Réception, transfert, sortie</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Only what is low</source>
        <translation>Seulement le stock bas</translation>
    </message>
    <message>
        <source>SKU or name</source>
        <translation>SKU ou nom</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Marchandise reçue</translation>
    </message>
    <message>
        <source>Transfer to another store</source>
        <translation>Transfert vers un autre magasin</translation>
    </message>
    <message>
        <source>Write off damaged goods</source>
        <translation>Sortir la marchandise endommagée</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>To store</source>
        <translation>Vers le magasin</translation>
    </message>
    <message>
        <source>Blind count (hide what is expected)</source>
        <translation>Comptage à l&apos;aveugle (masquer l&apos;attendu)</translation>
    </message>
    <message>
        <source>&amp;Make sheet</source>
        <translation>&amp;Créer la feuille</translation>
    </message>
    <message>
        <source>&amp;Send count</source>
        <translation>&amp;Envoyer le comptage</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>Every item</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Booked: %1 lines. The server hears of it with the next sync.</source>
        <translation>Enregistré : %1 lignes. Le serveur en sera informé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1 items to count. Leave a line empty if it was not counted; type 0 for none.</source>
        <translation>%1 articles à compter. Laissez vide une ligne non comptée ; saisissez 0 pour aucun.</translation>
    </message>
    <message>
        <source>Count of %1 items sent.</source>
        <translation>Comptage de %1 articles envoyé.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::StoresScreen</name>
    <message>
        <source>Prices include tax</source>
        <translation>Les prix incluent la taxe</translation>
    </message>
    <message>
        <source>Filter by name, code or city (Ctrl+F)</source>
        <translation>Filtrer par nom, code ou ville (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>p. ex. FR</translation>
    </message>
    <message>
        <source>e.g. standard 19 %, reduced 7 %, zero 0 %</source>
        <translation>p. ex. standard 20 %, reduced 5,5 %, zero 0 %</translation>
    </message>
    <message>
        <source>No loyalty points</source>
        <translation>Pas de points de fidélité</translation>
    </message>
    <message>
        <source>e.g. hamburg</source>
        <translation>p. ex. lyon</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Add store</source>
        <translation>&amp;Ajouter un magasin</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code, city, country</source>
        <translation>Code postal, ville, pays</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Taux de taxe</translation>
    </message>
    <message>
        <source>Loyalty points per unit</source>
        <translation>Points de fidélité par unité</translation>
    </message>
    <message>
        <source>New store (needs the server)</source>
        <translation>Nouveau magasin (nécessite le serveur)</translation>
    </message>
    <message>
        <source>Choose a store first.</source>
        <translation>Choisissez d’abord un magasin.</translation>
    </message>
    <message>
        <source>Saved. The registers use the new settings after their next sync.</source>
        <translation>Enregistré. Les caisses utilisent les nouveaux réglages après leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1 is made; it shows in the list after the next sync. Enrol its registers under Registers &amp; staff.</source>
        <translation>%1 est créé ; il apparaît dans la liste après la prochaine synchronisation. Enrôlez ses caisses sous « Caisses et personnel ».</translation>
    </message>
</context>
<context>
    <name>tp::client::ChangePuller</name>
    <message>
        <source>The server sent changes that could not be read; they will be fetched again.</source>
        <translation>Le serveur a envoyé des modifications illisibles ; elles seront récupérées à nouveau.</translation>
    </message>
    <message>
        <source>Changes from the server could not be saved: %1</source>
        <translation>Impossible d’enregistrer les modifications du serveur : %1</translation>
    </message>
    <message>
        <source>Fetching changes was cancelled.</source>
        <translation>La récupération des modifications a été annulée.</translation>
    </message>
</context>
<context>
    <name>tp::client::CredentialStore</name>
    <message>
        <source>No secure keychain is available, so this device cannot keep its credentials. Start and unlock the desktop keyring (the Secret Service, e.g. GNOME Keyring or KWallet) and try again. Details: %1</source>
        <translation>Aucun trousseau sécurisé n’est disponible : cet appareil ne peut donc pas conserver ses identifiants. Démarrez et déverrouillez le trousseau du bureau (le Secret Service, p. ex. GNOME Keyring ou KWallet), puis réessayez. Détails : %1</translation>
    </message>
    <message>
        <source>No such credential is stored.</source>
        <translation>Cet identifiant n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: %1</source>
        <translation>L’accès au trousseau a été refusé : %1</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur : %1</translation>
    </message>
</context>
<context>
    <name>tp::client::DeviceEnrolment</name>
    <message>
        <source>&quot;%1&quot; is not a server address such as https://shop.example.com.</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur comme https://shop.example.com.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2).</source>
        <translation>Le serveur %1 est injoignable (%2).</translation>
    </message>
    <message>
        <source>The enrolment code is not valid: it may be mistyped, used already or older than a day. Make a new one in the backoffice.</source>
        <translation>Le code d&apos;enregistrement n&apos;est pas valide : mal saisi, déjà utilisé ou vieux de plus d&apos;un jour. Créez-en un nouveau dans le backoffice.</translation>
    </message>
    <message>
        <source>The server refused the enrolment (HTTP %1%2).</source>
        <translation>Le serveur a refusé l&apos;enregistrement (HTTP %1%2).</translation>
    </message>
</context>
<context>
    <name>tp::client::OutboxUploader</name>
    <message>
        <source>The server&apos;s answer to an upload could not be read; nothing was lost, it will be sent again.</source>
        <translation>La réponse du serveur à un envoi est illisible ; rien n’est perdu, l’envoi sera renouvelé.</translation>
    </message>
    <message>
        <source>The outbox could not be read or updated: %1</source>
        <translation>Impossible de lire ou de mettre à jour les envois en attente : %1</translation>
    </message>
</context>
<context>
    <name>tp::client::ReplicaDatabase</name>
    <message>
        <source>Cannot open the local database %1</source>
        <translation>Impossible d’ouvrir la base de données locale %1</translation>
    </message>
    <message>
        <source>The local database cannot use write-ahead logging</source>
        <translation>La base de données locale ne peut pas utiliser la journalisation en écriture anticipée</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>Cannot commit a transaction</source>
        <translation>Impossible de valider une transaction</translation>
    </message>
    <message>
        <source>Cannot prepare a statement</source>
        <translation>Impossible de préparer une instruction</translation>
    </message>
    <message>
        <source>A database statement failed</source>
        <translation>Échec d’une instruction de base de données</translation>
    </message>
    <message>
        <source>A database query failed</source>
        <translation>Échec d’une requête de base de données</translation>
    </message>
</context>
<context>
    <name>tp::client::StaffSession</name>
    <message>
        <source>&quot;%1&quot; is not a server address such as https://shop.example.com.</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur comme https://shop.example.com.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2).</source>
        <translation>Le serveur %1 est injoignable (%2).</translation>
    </message>
    <message>
        <source>The session has ended; log in again.</source>
        <translation>La session a expiré ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>This shop&apos;s account is suspended: %1</source>
        <translation>Le compte de cette boutique est suspendu : %1</translation>
    </message>
    <message>
        <source>Too many attempts; wait a few minutes and try again.</source>
        <translation>Trop de tentatives ; patientez quelques minutes.</translation>
    </message>
    <message>
        <source>The server refused the login (HTTP %1%2).</source>
        <translation>Le serveur a refusé la connexion (HTTP %1%2).</translation>
    </message>
</context>
<context>
    <name>tp::client::SyncApi</name>
    <message>
        <source>The server&apos;s answer could not be understood; it will be tried again.</source>
        <translation>La réponse du serveur est incompréhensible ; une nouvelle tentative aura lieu.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le serveur n’a pas répondu dans un délai de %n seconde.</numerusform>
            <numerusform>Le serveur n’a pas répondu dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>Le serveur est injoignable (%1).</translation>
    </message>
    <message>
        <source>The server no longer accepts this device&apos;s credentials; enrol the device again.</source>
        <translation>Le serveur n’accepte plus les identifiants de cet appareil ; enregistrez à nouveau l’appareil.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); nothing was lost, it will be tried again.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1) ; rien n’est perdu, une nouvelle tentative aura lieu.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Le serveur a refusé la requête : %1</translation>
    </message>
</context>
<context>
    <name>tp::client::SyncState</name>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload</source>
        <translation>
            <numerusform>%n modification en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server: see the list</source>
        <translation>
            <numerusform>%n refusé par le serveur : voir la liste</numerusform>
            <numerusform>%n refusés par le serveur : voir la liste</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>dernière synchro %1</translation>
    </message>
</context>
<context>
    <name>tp::client::TypedInput</name>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>« %1 » n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>« %1 » n&apos;est pas une quantité.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100.</source>
        <translation>« %1 » n&apos;est pas un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a discount; type an amount or a percentage such as 10%.</source>
        <translation>« %1 » n&apos;est pas une remise ; saisissez un montant ou un pourcentage comme 10%.</translation>
    </message>
</context>
<context>
    <name>tp::pos::AppliedCoupon</name>
    <message>
        <source>The coupon %1 could not be read; ask the office to check it.</source>
        <translation>Le bon %1 est illisible ; demandez au bureau de le vérifier.</translation>
    </message>
    <message>
        <source>The coupon %1 could not be read back.</source>
        <translation>Le bon %1 n&apos;a pas pu être relu.</translation>
    </message>
    <message>
        <source>No coupon has this code.</source>
        <translation>Aucun bon ne porte ce code.</translation>
    </message>
    <message>
        <source>This coupon is no longer in use.</source>
        <translation>Ce bon n&apos;est plus en usage.</translation>
    </message>
    <message>
        <source>This coupon is for another currency than this store&apos;s.</source>
        <translation>Ce bon est dans une autre devise que celle de ce magasin.</translation>
    </message>
    <message>
        <source>This coupon is not valid yet.</source>
        <translation>Ce bon n&apos;est pas encore valable.</translation>
    </message>
    <message>
        <source>This coupon has expired.</source>
        <translation>Ce bon a expiré.</translation>
    </message>
    <message>
        <source>This coupon has been used up.</source>
        <translation>Ce bon est épuisé.</translation>
    </message>
    <message>
        <source>This coupon is once per customer: attach the customer first (Ctrl+K).</source>
        <translation>Ce bon est valable une fois par client : associez d&apos;abord le client (Ctrl+K).</translation>
    </message>
    <message>
        <source>This customer has already used this coupon.</source>
        <translation>Ce client a déjà utilisé ce bon.</translation>
    </message>
    <message>
        <source>The sale does not reach this coupon&apos;s minimum yet.</source>
        <translation>La vente n&apos;atteint pas encore le minimum de ce bon.</translation>
    </message>
    <message>
        <source>No item on the sale is one this coupon is for.</source>
        <translation>Aucun article de la vente n&apos;est concerné par ce bon.</translation>
    </message>
    <message>
        <source>The sale has a coupon already; remove it first.</source>
        <translation>La vente a déjà un bon ; retirez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>This coupon cannot be used.</source>
        <translation>Ce bon ne peut pas être utilisé.</translation>
    </message>
</context>
<context>
    <name>tp::pos::CustomerBook</name>
    <message>
        <source>Type the customer&apos;s name (then, with commas, an e-mail or a phone).</source>
        <translation>Saisissez le nom du client (puis, séparés par des virgules, un e-mail ou un téléphone).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>tp::pos::DrawerControl</name>
    <message>
        <source>The cash drawer did not open (%1). Open it with its key; the sale is saved.</source>
        <translation>Le tiroir-caisse ne s&apos;est pas ouvert (%1). Ouvrez-le avec sa clé ; la vente est enregistrée.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ParkedTickets</name>
    <message>
        <source>Nothing has been rung up to park.</source>
        <translation>Rien n&apos;a été enregistré à mettre en attente.</translation>
    </message>
    <message>
        <source>Payment has started; finish or remove the payments before parking.</source>
        <translation>Le paiement a commencé ; terminez ou retirez les paiements avant la mise en attente.</translation>
    </message>
    <message>
        <source>That parked sale is not here any more (recalled already?).</source>
        <translation>Cette vente en attente n&apos;est plus là (déjà rappelée ?).</translation>
    </message>
</context>
<context>
    <name>tp::pos::ReceiptDesk</name>
    <message numerus="yes">
        <source>Receipt %1 is not printed: %2. The sale is saved; the receipt prints when the printer is fixed (next try in %n second(s)).</source>
        <translation>
            <numerusform>Le ticket %1 n&apos;est pas imprimé : %2. La vente est enregistrée ; le ticket s&apos;imprimera quand l&apos;imprimante sera réparée (nouvel essai dans %n seconde).</numerusform>
            <numerusform>Le ticket %1 n&apos;est pas imprimé : %2. La vente est enregistrée ; le ticket s&apos;imprimera quand l&apos;imprimante sera réparée (nouvel essai dans %n secondes).</numerusform>
        </translation>
    </message>
    <message>
        <source>No sale numbered %1 was rung on this register.</source>
        <translation>Aucune vente numéro %1 n&apos;a été enregistrée sur cette caisse.</translation>
    </message>
    <message>
        <source>No receipt printer is set up; the sale is saved.</source>
        <translation>Aucune imprimante de tickets n&apos;est configurée ; la vente est enregistrée.</translation>
    </message>
    <message>
        <source>The receipt of %1 could not be read back.</source>
        <translation>Le ticket de %1 n&apos;a pas pu être relu.</translation>
    </message>
    <message>
        <source>No sale has been rung on this register yet.</source>
        <translation>Aucune vente n&apos;a encore été enregistrée sur cette caisse.</translation>
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation>Aucune imprimante de tickets n&apos;est configurée.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ReceiptFacts</name>
    <message>
        <source>%1% off</source>
        <translation>%1 % de remise</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>coupon %1</source>
        <translation>bon %1</translation>
    </message>
    <message>
        <source>Gift card …%1</source>
        <translation>Carte cadeau …%1</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>tp::pos::ReceiptReturns</name>
    <message>
        <source>Pick the lines that come back.</source>
        <translation>Choisissez les lignes qui reviennent.</translation>
    </message>
    <message>
        <source>Say why the items come back.</source>
        <translation>Indiquez pourquoi les articles reviennent.</translation>
    </message>
    <message>
        <source>There is no line %1 on receipt %2.</source>
        <translation>Il n&apos;y a pas de ligne %1 sur le ticket %2.</translation>
    </message>
    <message>
        <source>Of %1 only %2 can come back.</source>
        <translation>De %1, seuls %2 peuvent revenir.</translation>
    </message>
    <message>
        <source>Part of the money goes back to the card: refund it on the terminal and enter the terminal&apos;s reference.</source>
        <translation>Une partie de l&apos;argent retourne sur la carte : remboursez-la sur le terminal et saisissez sa référence.</translation>
    </message>
    <message>
        <source>No sale numbered %1 is known here (other tills&apos; sales arrive with the sync); a return without it needs a manager.</source>
        <translation>Aucune vente numéro %1 n&apos;est connue ici (les ventes des autres caisses arrivent avec la synchronisation) ; un retour sans ticket demande un responsable.</translation>
    </message>
</context>
<context>
    <name>tp::pos::Sale</name>
    <message>
        <source>Payment has started; remove the payments to change the sale.</source>
        <translation>Le paiement a commencé ; retirez les paiements pour modifier la vente.</translation>
    </message>
    <message>
        <source>There is no line %1 on this sale.</source>
        <translation>Cette vente n&apos;a pas de ligne %1.</translation>
    </message>
    <message>
        <source>Payment has started; remove the payments to add items.</source>
        <translation>Le paiement a commencé ; retirez les paiements pour ajouter des articles.</translation>
    </message>
    <message>
        <source>A quantity of 0 adds nothing.</source>
        <translation>Une quantité de 0 n&apos;ajoute rien.</translation>
    </message>
    <message>
        <source>%1 is priced in %2, but this store sells in %3.</source>
        <translation>%1 a un prix en %2, mais ce magasin vend en %3.</translation>
    </message>
    <message>
        <source>A quantity of 0 is not a sale; void the line instead.</source>
        <translation>Une quantité de 0 n&apos;est pas une vente ; annulez plutôt la ligne.</translation>
    </message>
    <message>
        <source>Payment has started; remove the payments to give a discount.</source>
        <translation>Le paiement a commencé ; retirez les paiements pour accorder une remise.</translation>
    </message>
    <message>
        <source>Say why the line is voided.</source>
        <translation>Indiquez pourquoi la ligne est annulée.</translation>
    </message>
    <message>
        <source>Nothing has been rung up yet.</source>
        <translation>Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>The cash taken must be more than nothing.</source>
        <translation>Le montant en espèces reçu doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Nothing is left to pay.</source>
        <translation>Il ne reste rien à payer.</translation>
    </message>
    <message>
        <source>A card payment must be more than nothing.</source>
        <translation>Un paiement par carte doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>A card pays at most what is due.</source>
        <translation>Une carte paie au plus le montant dû.</translation>
    </message>
    <message>
        <source>Enter the card terminal&apos;s reference for this payment.</source>
        <translation>Saisissez la référence du terminal de paiement pour ce paiement.</translation>
    </message>
    <message>
        <source>The sale is not paid in full yet.</source>
        <translation>La vente n&apos;est pas encore entièrement payée.</translation>
    </message>
    <message>
        <source>The saved sale could not be read back.</source>
        <translation>La vente enregistrée n&apos;a pas pu être relue.</translation>
    </message>
    <message>
        <source>The saved sale belongs to another store.</source>
        <translation>La vente enregistrée appartient à un autre magasin.</translation>
    </message>
    <message>
        <source>A price cannot be below zero; ring the item as a return instead.</source>
        <translation>Un prix ne peut pas être négatif ; enregistrez plutôt l&apos;article comme retour.</translation>
    </message>
    <message>
        <source>Say why the price is changed.</source>
        <translation>Indiquez pourquoi le prix est modifié.</translation>
    </message>
    <message>
        <source>Nothing is owed to the customer.</source>
        <translation>Rien n&apos;est dû au client.</translation>
    </message>
    <message>
        <source>Payment has started; remove the payments to use a coupon.</source>
        <translation>Le paiement a commencé ; retirez les paiements pour utiliser un bon.</translation>
    </message>
    <message>
        <source>A gift card payment must be more than nothing.</source>
        <translation>Un paiement par carte cadeau doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>A gift card pays at most what is due.</source>
        <translation>Une carte cadeau paie au plus ce qui est dû.</translation>
    </message>
    <message>
        <source>Enter or scan the gift card&apos;s code.</source>
        <translation>Saisissez ou scannez le code de la carte cadeau.</translation>
    </message>
    <message>
        <source>Store credit is a customer&apos;s: attach the customer first (Ctrl+K).</source>
        <translation>L&apos;avoir appartient à un client : associez d&apos;abord le client (Ctrl+K).</translation>
    </message>
    <message>
        <source>A store credit payment must be more than nothing.</source>
        <translation>Un paiement par avoir doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Store credit pays at most what is due.</source>
        <translation>L&apos;avoir paie au plus ce qui est dû.</translation>
    </message>
</context>
<context>
    <name>tp::pos::SaleRecorder</name>
    <message>
        <source>The sale is not paid in full yet.</source>
        <translation>La vente n&apos;est pas encore entièrement payée.</translation>
    </message>
    <message>
        <source>Say why the sale is voided.</source>
        <translation>Indiquez pourquoi la vente est annulée.</translation>
    </message>
    <message>
        <source>Payments were taken; remove or refund them before voiding the sale.</source>
        <translation>Des paiements ont été encaissés ; retirez-les ou remboursez-les avant d&apos;annuler la vente.</translation>
    </message>
    <message>
        <source>Nothing has been rung up to void.</source>
        <translation>Rien n&apos;a été enregistré à annuler.</translation>
    </message>
</context>
<context>
    <name>tp::pos::SaleSupervisor</name>
    <message>
        <source>A discount of %1 on a line is more than a cashier may give alone (%2): a manager&apos;s PIN is needed.</source>
        <translation>Une remise de %1 sur une ligne dépasse ce qu&apos;un caissier peut accorder seul (%2) : le code PIN d&apos;un responsable est nécessaire.</translation>
    </message>
    <message>
        <source>A discount of %1 on the sale is more than a cashier may give alone (%2): a manager&apos;s PIN is needed.</source>
        <translation>Une remise de %1 sur la vente dépasse ce qu&apos;un caissier peut accorder seul (%2) : le code PIN d&apos;un responsable est nécessaire.</translation>
    </message>
    <message>
        <source>A cashier may not lower a price alone: a manager&apos;s PIN is needed.</source>
        <translation>Un caissier ne peut pas baisser un prix seul : le code PIN d&apos;un responsable est nécessaire.</translation>
    </message>
    <message>
        <source>Lowering the price by %1 is more than a cashier may alone (%2): a manager&apos;s PIN is needed.</source>
        <translation>Baisser le prix de %1 dépasse ce qu&apos;un caissier peut faire seul (%2) : le code PIN d&apos;un responsable est nécessaire.</translation>
    </message>
    <message>
        <source>Say how many come back.</source>
        <translation>Indiquez combien reviennent.</translation>
    </message>
    <message>
        <source>An item coming back without its receipt needs a manager&apos;s PIN.</source>
        <translation>Un retour sans ticket demande le code PIN d&apos;un responsable.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ShiftBook</name>
    <message>
        <source>No shift is open; open one with the float in the drawer first.</source>
        <translation>Aucune session n&apos;est ouverte ; ouvrez-en une avec le fond de caisse.</translation>
    </message>
    <message>
        <source>The float cannot be below zero.</source>
        <translation>Le fond de caisse ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A shift is open already (since %1); close it first.</source>
        <translation>Une session est déjà ouverte (depuis %1) ; fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out.</source>
        <translation>Indiquez pourquoi l&apos;argent entre ou sort.</translation>
    </message>
    <message>
        <source>The drawer should hold only %1; %2 cannot be taken out.</source>
        <translation>Le tiroir ne devrait contenir que %1 ; impossible de retirer %2.</translation>
    </message>
    <message>
        <source>The X report shows the cash expected in the drawer; a manager reads it, so that the count at the close stays blind.</source>
        <translation>Le rapport X montre l&apos;argent attendu dans le tiroir ; un responsable le consulte, pour que le comptage à la clôture reste à l&apos;aveugle.</translation>
    </message>
    <message>
        <source>The counted cash cannot be below zero.</source>
        <translation>L&apos;argent compté ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ShiftReportRows</name>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Other tenders</source>
        <translation>Autres moyens de paiement</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Cash paid back</source>
        <translation>Espèces rendues</translation>
    </message>
    <message>
        <source>Card refunds</source>
        <translation>Remboursements carte</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entrée d&apos;argent</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Sortie d&apos;argent</translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation>Attendu dans le tiroir</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>The drawer is right.</source>
        <translation>Le tiroir est juste.</translation>
    </message>
    <message>
        <source>Over by</source>
        <translation>Excédent</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>Manque</translation>
    </message>
</context>
<context>
    <name>tp::pos::StaffLogin</name>
    <message>
        <source>This person is not known at this register yet; their PIN arrives with the next sync.</source>
        <translation>Cette personne n&apos;est pas encore connue sur cette caisse ; son code PIN arrivera avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1 may not work at the register any more.</source>
        <translation>%1 ne peut plus travailler à la caisse.</translation>
    </message>
    <message>
        <source>%1 has no register PIN yet; set one in the backoffice.</source>
        <translation>%1 n&apos;a pas encore de code PIN de caisse ; définissez-en un dans le backoffice.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: %1 is locked out until %2.</source>
        <translation>Trop de codes PIN erronés : %1 est bloqué jusqu&apos;à %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %1 is now locked out for %n minute(s).</source>
        <translation>
            <numerusform>Code PIN erroné. %1 est maintenant bloqué pendant %n minute.</numerusform>
            <numerusform>Code PIN erroné. %1 est maintenant bloqué pendant %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before the lockout.</source>
        <translation>
            <numerusform>Code PIN erroné. Encore %n essai avant le blocage.</numerusform>
            <numerusform>Code PIN erroné. Encore %n essais avant le blocage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why this is approved.</source>
        <translation>Indiquez pourquoi ceci est approuvé.</translation>
    </message>
    <message>
        <source>%1 cannot approve this; a manager must.</source>
        <translation>%1 ne peut pas approuver ceci ; un responsable doit le faire.</translation>
    </message>
</context>
<context>
    <name>tp::pos::Till</name>
    <message>
        <source>Log in with your PIN first.</source>
        <translation>Connectez-vous d&apos;abord avec votre code PIN.</translation>
    </message>
    <message>
        <source>Finish, park or void the sale on the screen before closing the shift.</source>
        <translation>Terminez, mettez en attente ou annulez la vente à l&apos;écran avant de clôturer la session.</translation>
    </message>
    <message>
        <source>Open a shift with the float in the drawer first.</source>
        <translation>Ouvrez d&apos;abord une session avec le fond de caisse.</translation>
    </message>
    <message>
        <source>No item has the code %1.</source>
        <translation>Aucun article n&apos;a le code %1.</translation>
    </message>
    <message>
        <source>Park or finish the sale on the screen before recalling another.</source>
        <translation>Mettez en attente ou terminez la vente à l&apos;écran avant d&apos;en rappeler une autre.</translation>
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation>Aucune imprimante de tickets n&apos;est configurée.</translation>
    </message>
    <message>
        <source>The sale is not settled yet.</source>
        <translation>La vente n&apos;est pas encore réglée.</translation>
    </message>
    <message>
        <source>The scale label %1 names item %2, which this register does not know.</source>
        <translation>L&apos;étiquette de balance %1 désigne l&apos;article %2, inconnu de cette caisse.</translation>
    </message>
    <message>
        <source>Payment has started; remove the payments to change the customer.</source>
        <translation>Le paiement a commencé ; retirez les paiements pour changer de client.</translation>
    </message>
    <message>
        <source>The sale on the screen could not be kept on disk (%1); finish it soon.</source>
        <translation>La vente à l&apos;écran n&apos;a pas pu être conservée sur le disque (%1) ; terminez-la vite.</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Rapport Z</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Rapport X</translation>
    </message>
    <message>
        <source>No cash drawer is set up.</source>
        <translation>Aucun tiroir-caisse n&apos;est configuré.</translation>
    </message>
    <message>
        <source>The sale has no coupon.</source>
        <translation>La vente n&apos;a pas de bon.</translation>
    </message>
    <message>
        <source>The coupon %1 was taken off: %2</source>
        <translation>Le bon %1 a été retiré : %2</translation>
    </message>
    <message>
        <source>No gift card has this code.</source>
        <translation>Aucune carte cadeau ne porte ce code.</translation>
    </message>
    <message>
        <source>The customer has no store credit.</source>
        <translation>Le client n&apos;a pas d&apos;avoir.</translation>
    </message>
    <message>
        <source>The balance cannot be checked now (%1); take another payment.</source>
        <translation>Le solde ne peut pas être vérifié maintenant (%1) ; prenez un autre moyen de paiement.</translation>
    </message>
    <message>
        <source>The balance cannot be checked now (%1); without a check at most %2 can be taken.</source>
        <translation>Le solde ne peut pas être vérifié maintenant (%1) ; sans vérification, au plus %2.</translation>
    </message>
    <message>
        <source>This gift card is blocked; ask the office.</source>
        <translation>Cette carte cadeau est bloquée ; demandez au bureau.</translation>
    </message>
    <message>
        <source>This gift card is in %1, this store sells in %2.</source>
        <translation>Cette carte cadeau est en %1, ce magasin vend en %2.</translation>
    </message>
    <message>
        <source>The gift card holds only %1.</source>
        <translation>La carte cadeau ne contient que %1.</translation>
    </message>
    <message>
        <source>The customer&apos;s store credit is only %1.</source>
        <translation>L&apos;avoir du client n&apos;est que de %1.</translation>
    </message>
    <message>
        <source>The sale changed while the balance was checked; take the payment again.</source>
        <translation>La vente a changé pendant la vérification ; reprenez le paiement.</translation>
    </message>
    <message>
        <source>this register has no server to ask</source>
        <translation>cette caisse n&apos;a pas de serveur à interroger</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>This register keeps no receipts to send.</source>
        <translation>Cette caisse ne garde pas de tickets à envoyer.</translation>
    </message>
    <message>
        <source>No sale has been rung on this register yet.</source>
        <translation>Aucune vente n&apos;a encore été faite sur cette caisse.</translation>
    </message>
    <message>
        <source>Your receipt %1 from %2</source>
        <translation>Votre ticket %1 de %2</translation>
    </message>
</context>
<context>
    <name>tp::pos::app::EnrolmentScreen</name>
    <message>
        <source>Enrol this register</source>
        <translation>Enregistrer cette caisse</translation>
    </message>
    <message>
        <source>Set up this register</source>
        <translation>Installer cette caisse</translation>
    </message>
    <message>
        <source>In the backoffice, make an enrolment code for this till (Registers → New register). Type the server&apos;s address and the code here.</source>
        <translation>Dans le backoffice, créez un code d&apos;enregistrement pour cette caisse (Caisses → Nouvelle caisse). Saisissez ici l&apos;adresse du serveur et le code.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Code d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
</context>
<context>
    <name>tp::pos::app::FirstSyncScreen</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Bringing the shop&apos;s catalog to this register</source>
        <translation>Le catalogue du magasin arrive sur cette caisse</translation>
    </message>
    <message>
        <source>%1 changes so far.</source>
        <translation>%1 modifications jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>%1 changes so far (%2 %).</source>
        <translation>%1 changements jusqu&apos;ici (%2 %).</translation>
    </message>
</context>
<context>
    <name>tp::pos::app::RegisterApp</name>
    <message>
        <source>Tillpoint — set up this register</source>
        <translation>Tillpoint — installer cette caisse</translation>
    </message>
    <message>
        <source>The first sync stopped; press Go on to continue from where it stopped.</source>
        <translation>La première synchronisation s&apos;est arrêtée ; « Continuer » reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Offline — sales are kept and sent when the server is back</source>
        <translation>Hors ligne — les ventes sont conservées et envoyées au retour du serveur</translation>
    </message>
    <message>
        <source>The receipt printer &quot;%1&quot; cannot be used: %2</source>
        <translation>L&apos;imprimante de tickets « %1 » est inutilisable : %2</translation>
    </message>
    <message>
        <source>The barcode scanner &quot;%1&quot; cannot be used: %2</source>
        <translation>Le lecteur de codes-barres « %1 » ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>Barcode scanner: %1</source>
        <translation>Lecteur de codes-barres : %1</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::CashDrawer</name>
    <message>
        <source>A serial drawer does not report whether it is open.</source>
        <translation>Un tiroir-caisse série n’indique pas s’il est ouvert.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::Code128</name>
    <message>
        <source>A CODE128 barcode needs at least one character.</source>
        <translation>Un code-barres CODE128 nécessite au moins un caractère.</translation>
    </message>
    <message>
        <source>CODE128 holds only ASCII characters.</source>
        <translation>CODE128 n’accepte que des caractères ASCII.</translation>
    </message>
    <message>
        <source>The CODE128 data is too long for one barcode.</source>
        <translation>Les données CODE128 sont trop longues pour un seul code-barres.</translation>
    </message>
    <message>
        <source>An EAN-13 needs 12 digits, or 13 with a correct check digit.</source>
        <translation>Un EAN-13 nécessite 12 chiffres, ou 13 avec une clé de contrôle correcte.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::DeviceDiscovery</name>
    <message>
        <source>(cannot open: %1)</source>
        <translation>(ouverture impossible : %1)</translation>
    </message>
    <message>
        <source>bus %1 device %2 %3</source>
        <translation>bus %1 périphérique %2 %3</translation>
    </message>
    <message>
        <source>cannot list USB devices: %1</source>
        <translation>impossible de lister les périphériques USB : %1</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::DeviceUri</name>
    <message>
        <source>Device &quot;%1&quot;: %2</source>
        <translation>Périphérique « %1 » : %2</translation>
    </message>
    <message>
        <source>use usb://&lt;vid&gt;:&lt;pid&gt;[/&lt;serial&gt;], serial:///dev/ttyUSB0?baud=19200, tcp://host:9100 or file:///path</source>
        <translation>utilisez usb://&lt;vid&gt;:&lt;pid&gt;[/&lt;serial&gt;], serial:///dev/ttyUSB0?baud=19200, tcp://host:9100 ou file:///path</translation>
    </message>
    <message>
        <source>the serial number after &quot;/&quot; is empty</source>
        <translation>le numéro de série après « / » est vide</translation>
    </message>
    <message>
        <source>expected usb://&lt;vid&gt;:&lt;pid&gt; with 4 hex digits each, e.g. usb://04b8:0202</source>
        <translation>usb://&lt;vid&gt;:&lt;pid&gt; attendu, avec 4 chiffres hexadécimaux chacun, p. ex. usb://04b8:0202</translation>
    </message>
    <message>
        <source>no port given, e.g. serial:///dev/ttyUSB0</source>
        <translation>aucun port indiqué, p. ex. serial:///dev/ttyUSB0</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (known: baud, data, parity, stop, flow)</source>
        <translation>option « %1 » inconnue (connues : baud, data, parity, stop, flow)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>« %1 » n’est pas une valeur valide pour %2</translation>
    </message>
    <message>
        <source>no host given, e.g. tcp://192.168.1.50:9100</source>
        <translation>aucun hôte indiqué, p. ex. tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>le port doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>a tcp:// device takes only a host and a port</source>
        <translation>un périphérique tcp:// n’accepte qu’un hôte et un port</translation>
    </message>
    <message>
        <source>no device given; %1</source>
        <translation>aucun périphérique indiqué ; %1</translation>
    </message>
    <message>
        <source>not a valid URI (%1)</source>
        <translation>URI non valide (%1)</translation>
    </message>
    <message>
        <source>expected an absolute path, e.g. file:///tmp/receipt.bin</source>
        <translation>chemin absolu attendu, p. ex. file:///tmp/receipt.bin</translation>
    </message>
    <message>
        <source>no scheme; %1</source>
        <translation>aucun schéma ; %1</translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot;; %2</source>
        <translation>schéma « %1 » inconnu ; %2</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::EscPosEncoder</name>
    <message>
        <source>The CODE128 barcode is wider than the paper even at its narrowest.</source>
        <translation>Le code-barres CODE128 est plus large que le papier, même au plus étroit.</translation>
    </message>
    <message>
        <source>A QR code needs between 1 and 7089 bytes of data.</source>
        <translation>Un code QR nécessite entre 1 et 7089 octets de données.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::FileTransport</name>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>Impossible d’ouvrir %1 en écriture : %2</translation>
    </message>
    <message>
        <source>Writing to %1 failed: %2</source>
        <translation>Échec de l’écriture dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot report status: it is a file.</source>
        <translation>%1 ne peut pas indiquer d’état : c’est un fichier.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::PrintJobSpool</name>
    <message>
        <source>Cannot create the print spool folder %1.</source>
        <translation>Impossible de créer le dossier de file d’impression %1.</translation>
    </message>
    <message>
        <source>Cannot write print job %1 to %2: %3</source>
        <translation>Impossible d’écrire la tâche d’impression %1 dans %2 : %3</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::PrintQueue</name>
    <message>
        <source>Printer %1: %2.</source>
        <translation>Imprimante %1 : %2.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::PrinterStatus</name>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>capot ouvert</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>plus de papier</translation>
    </message>
    <message>
        <source>paper near end</source>
        <translation>papier presque épuisé</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>état inconnu</translation>
    </message>
    <message>
        <source>drawer open</source>
        <translation>tiroir-caisse ouvert</translation>
    </message>
    <message>
        <source>drawer closed</source>
        <translation>tiroir-caisse fermé</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::SerialScanner</name>
    <message>
        <source>Cannot open scanner port %1: %2</source>
        <translation>Impossible d’ouvrir le port du scanner %1 : %2</translation>
    </message>
    <message>
        <source>Scanner on %1 stopped responding: %2</source>
        <translation>Le scanner sur %1 ne répond plus : %2</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::SerialTransport</name>
    <message>
        <source>Serial port %1 does not exist: is the printer or its adapter plugged in?</source>
        <translation>Le port série %1 n’existe pas : l’imprimante ou son adaptateur est-il branché ?</translation>
    </message>
    <message>
        <source>No permission to open %1 (in use, or the user is not in the dialout group): %2</source>
        <translation>Pas d’autorisation d’ouvrir %1 (déjà utilisé, ou l’utilisateur n’est pas dans le groupe dialout) : %2</translation>
    </message>
    <message>
        <source>Cannot open serial port %1: %2</source>
        <translation>Impossible d’ouvrir le port série %1 : %2</translation>
    </message>
    <message>
        <source>Serial port %1 rejected the line settings (%2 baud): %3</source>
        <translation>Le port série %1 a refusé les paramètres de ligne (%2 bauds) : %3</translation>
    </message>
    <message>
        <source>Writing to serial port %1 failed: %2</source>
        <translation>Échec de l’écriture sur le port série %1 : %2</translation>
    </message>
    <message>
        <source>Serial printer %1 stopped taking data: %2 of %3 bytes sent in %4 ms.</source>
        <translation>L’imprimante série %1 n’accepte plus de données : %2 octets sur %3 envoyés en %4 ms.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::StatusQuery</name>
    <message>
        <source>Printer %1 did not answer the status request DLE EOT %2 within %3 ms.</source>
        <translation>L’imprimante %1 n’a pas répondu à la demande d’état DLE EOT %2 en %3 ms.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::TcpTransport</name>
    <message>
        <source>Printer %1 did not accept a connection within %2 ms.</source>
        <translation>L’imprimante %1 n’a pas accepté de connexion en %2 ms.</translation>
    </message>
    <message>
        <source>Printer %1 refused the connection: is it switched on and is the port right?</source>
        <translation>L’imprimante %1 a refusé la connexion : est-elle allumée et le port est-il correct ?</translation>
    </message>
    <message>
        <source>Cannot connect to printer %1: %2</source>
        <translation>Impossible de se connecter à l’imprimante %1 : %2</translation>
    </message>
    <message>
        <source>Writing to printer %1 failed: %2</source>
        <translation>Échec de l’écriture vers l’imprimante %1 : %2</translation>
    </message>
    <message>
        <source>Printer %1 closed the connection after %2 of %3 bytes: %4</source>
        <translation>L’imprimante %1 a fermé la connexion après %2 octets sur %3 : %4</translation>
    </message>
    <message>
        <source>Printer %1 stopped taking data: %2 of %3 bytes sent in %4 ms.</source>
        <translation>L’imprimante %1 n’accepte plus de données : %2 octets sur %3 envoyés en %4 ms.</translation>
    </message>
    <message>
        <source>Printer %1 closed the connection.</source>
        <translation>L’imprimante %1 a fermé la connexion.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::TestPage</name>
    <message>
        <source>Printer test page</source>
        <translation>Page de test de l’imprimante</translation>
    </message>
    <message>
        <source>Profile: %1 (%2 columns)</source>
        <translation>Profil : %1 (%2 colonnes)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Underlined</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <source>Double width</source>
        <translation>Double largeur</translation>
    </message>
    <message>
        <source>Code table sample:</source>
        <translation>Aperçu de la table de codes :</translation>
    </message>
    <message>
        <source>End of test page</source>
        <translation>Fin de la page de test</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::UsbTransport</name>
    <message>
        <source>USB printer %1 did not respond in time while %2 (%3).</source>
        <translation>L’imprimante USB %1 n’a pas répondu à temps pendant %2 (%3).</translation>
    </message>
    <message>
        <source>USB printer %1 stalled the endpoint while %2 (%3): check paper and cover, then switch it off and on.</source>
        <translation>L’imprimante USB %1 a bloqué le point de terminaison pendant %2 (%3) : vérifiez le papier et le capot, puis éteignez-la et rallumez-la.</translation>
    </message>
    <message>
        <source>USB printer %1 was disconnected while %2 (%3).</source>
        <translation>L’imprimante USB %1 a été déconnectée pendant %2 (%3).</translation>
    </message>
    <message>
        <source>No permission to use USB printer %1 while %2 (%3): install the Tillpoint udev rule (see docs/devices.md) and plug the printer in again.</source>
        <translation>Pas d’autorisation d’utiliser l’imprimante USB %1 pendant %2 (%3) : installez la règle udev de Tillpoint (voir docs/devices.md) puis rebranchez l’imprimante.</translation>
    </message>
    <message>
        <source>USB printer %1 is in use by another program or driver while %2 (%3): stop CUPS or other POS software using it.</source>
        <translation>L’imprimante USB %1 est utilisée par un autre programme ou pilote pendant %2 (%3) : arrêtez CUPS ou tout autre logiciel de caisse qui l’utilise.</translation>
    </message>
    <message>
        <source>USB printer %1 failed while %2 (%3).</source>
        <translation>Échec de l’imprimante USB %1 pendant %2 (%3).</translation>
    </message>
    <message>
        <source>listing USB devices</source>
        <translation>l’énumération des périphériques USB</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>l’ouverture</translation>
    </message>
    <message>
        <source>No USB device %1:%2 is connected: check the cable and that the printer is on (tillpoint-pos --list-devices shows what is seen).</source>
        <translation>Aucun périphérique USB %1:%2 n’est connecté : vérifiez le câble et que l’imprimante est allumée (tillpoint-pos --list-devices affiche les périphériques détectés).</translation>
    </message>
    <message>
        <source>USB device %1:%2 has no printer interface with a bulk OUT endpoint: it is not a receipt printer in USB printer mode.</source>
        <translation>Le périphérique USB %1:%2 n’a pas d’interface d’impression avec un point de terminaison bulk OUT : ce n’est pas une imprimante de tickets en mode imprimante USB.</translation>
    </message>
    <message>
        <source>No USB printer %1:%2 with serial number %3 is connected.</source>
        <translation>Aucune imprimante USB %1:%2 avec le numéro de série %3 n’est connectée.</translation>
    </message>
    <message>
        <source>detaching the kernel driver</source>
        <translation>le détachement du pilote du noyau</translation>
    </message>
    <message>
        <source>reading the active configuration</source>
        <translation>la lecture de la configuration active</translation>
    </message>
    <message>
        <source>setting the configuration</source>
        <translation>la définition de la configuration</translation>
    </message>
    <message>
        <source>claiming the printer interface</source>
        <translation>la réservation de l’interface d’impression</translation>
    </message>
    <message>
        <source>selecting the interface setting</source>
        <translation>la sélection du réglage d’interface</translation>
    </message>
    <message>
        <source>sending data, %1 of %2 bytes sent</source>
        <translation>l’envoi des données, %1 octets sur %2 envoyés</translation>
    </message>
    <message>
        <source>USB printer %1 has no IN endpoint: it cannot report status.</source>
        <translation>L’imprimante USB %1 n’a pas de point de terminaison IN : elle ne peut pas indiquer son état.</translation>
    </message>
    <message>
        <source>reading status</source>
        <translation>la lecture de l’état</translation>
    </message>
</context>
<context>
    <name>tp::pos::ui::ItemPicker</name>
    <message>
        <source>That item has nothing this store can sell (no price here, or archived).</source>
        <translation>Ce magasin ne peut rien vendre de cet article (pas de prix ici, ou archivé).</translation>
    </message>
    <message>
        <source>Which one?</source>
        <translation>Lequel ?</translation>
    </message>
</context>
<context>
    <name>tp::pos::ui::LoginScreen</name>
    <message>
        <source>Who is working?</source>
        <translation>Qui travaille ?</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Nobody can log in here yet: set staff PINs in the backoffice, then wait for the sync.</source>
        <translation>Personne ne peut encore se connecter ici : définissez les codes PIN du personnel dans le backoffice, puis attendez la synchronisation.</translation>
    </message>
    <message>
        <source>Pick your name first.</source>
        <translation>Choisissez d&apos;abord votre nom.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ui::RegisterWindow</name>
    <message>
        <source>Tillpoint — %1</source>
        <translation>Tillpoint — %1</translation>
    </message>
</context>
<context>
    <name>tp::pos::ui::ReturnPanel</name>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Can come back</source>
        <translation>Peut revenir</translation>
    </message>
    <message>
        <source>Comes back</source>
        <translation>Revient</translation>
    </message>
    <message>
        <source>Why does it come back?</source>
        <translation>Pourquoi revient-il ?</translation>
    </message>
    <message>
        <source>Card terminal&apos;s refund reference (for the card part)</source>
        <translation>Référence de remboursement du terminal (pour la part carte)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Return from receipt %1</source>
        <translation>Retour du ticket %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>in cash</source>
        <translation>en espèces</translation>
    </message>
    <message>
        <source>to the card</source>
        <translation>sur la carte</translation>
    </message>
    <message>
        <source>Refunded %1: %2.</source>
        <translation>%1 remboursé : %2.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ui::SaleScreen</name>
    <message>
        <source>Scan or type a code, or type a number and press a function key</source>
        <translation>Scannez ou saisissez un code, ou saisissez un nombre et appuyez sur une touche de fonction</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Code PIN du responsable</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>Remise sur la vente</translation>
    </message>
    <message>
        <source>Void line</source>
        <translation>Annuler la ligne</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Annuler la vente</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Still due: %1</source>
        <translation>Reste à payer : %1</translation>
    </message>
    <message>
        <source>Type the quantity, then F2.</source>
        <translation>Saisissez la quantité, puis F2.</translation>
    </message>
    <message>
        <source>Type the new price and why (&quot;12.50 price match&quot;), then F10.</source>
        <translation>Saisissez le nouveau prix et le motif (« 12,50 alignement de prix »), puis F10.</translation>
    </message>
    <message>
        <source>Type why the line is voided, then F4.</source>
        <translation>Saisissez pourquoi la ligne est annulée, puis F4.</translation>
    </message>
    <message>
        <source>The sale is parked; F6 brings it back.</source>
        <translation>La vente est en attente ; F6 la rappelle.</translation>
    </message>
    <message>
        <source>No sale is parked.</source>
        <translation>Aucune vente n&apos;est en attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) parked; type 1 to %n, then F6.</source>
        <translation>
            <numerusform>%n vente en attente ; saisissez 1 à %n, puis F6.</numerusform>
            <numerusform>%n ventes en attente ; saisissez 1 à %n, puis F6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type why the whole sale is voided, then F7.</source>
        <translation>Saisissez pourquoi toute la vente est annulée, puis F7.</translation>
    </message>
    <message>
        <source>Change: %1 — sale %2 saved.</source>
        <translation>Rendu : %1 — vente %2 enregistrée.</translation>
    </message>
    <message>
        <source>Type the card terminal&apos;s reference (the amount first for part of the sale), then F9.</source>
        <translation>Saisissez la référence du terminal de paiement (le montant d&apos;abord pour une partie de la vente), puis F9.</translation>
    </message>
    <message>
        <source>Sale %1 saved.</source>
        <translation>Vente %1 enregistrée.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>Reprinting %1.</source>
        <translation>Réimpression de %1.</translation>
    </message>
    <message>
        <source>the last receipt</source>
        <translation>le dernier ticket</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number, then Shift+F4.</source>
        <translation>Scannez le code-barres du ticket ou saisissez son numéro, puis Maj+F4.</translation>
    </message>
    <message>
        <source>Return, no receipt</source>
        <translation>Retour sans ticket</translation>
    </message>
    <message>
        <source>Scan or type the item that comes back, then Ctrl+F4.</source>
        <translation>Scannez ou saisissez l&apos;article qui revient, puis Ctrl+F4.</translation>
    </message>
    <message>
        <source>Give back %1 in cash — sale %2 saved.</source>
        <translation>Rendez %1 en espèces — vente %2 enregistrée.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>%1 is a new customer.</source>
        <translation>%1 est un nouveau client.</translation>
    </message>
    <message>
        <source>customer: %1</source>
        <translation>client : %1</translation>
    </message>
    <message>
        <source>The sale is for no one in particular now.</source>
        <translation>La vente n&apos;est plus attribuée à un client.</translation>
    </message>
    <message>
        <source>The sale is for %1.</source>
        <translation>La vente est pour %1.</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;; Ctrl+Shift+K makes a new one (&quot;Name, e-mail, phone&quot;).</source>
        <translation>Aucun client ne correspond à « %1 » ; Ctrl+Maj+K en crée un (« Nom, e-mail, téléphone »).</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match: %1. Type more of the name, e-mail or phone.</source>
        <translation>
            <numerusform>%n client correspond : %1. Saisissez davantage du nom, de l&apos;e-mail ou du téléphone.</numerusform>
            <numerusform>%n clients correspondent : %1. Saisissez davantage du nom, de l&apos;e-mail ou du téléphone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Ouvrir le tiroir</translation>
    </message>
    <message>
        <source>The drawer opens (recorded as a no-sale open).</source>
        <translation>Le tiroir s&apos;ouvre (enregistré comme ouverture sans vente).</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Coupon %1: nothing off yet. %2</source>
        <translation>Bon %1 : aucune remise pour l&apos;instant. %2</translation>
    </message>
    <message>
        <source>Coupon %1: %2</source>
        <translation>Bon %1 : %2</translation>
    </message>
    <message>
        <source>Type or scan the coupon&apos;s code, then Ctrl+U.</source>
        <translation>Saisissez ou scannez le code du bon, puis Ctrl+U.</translation>
    </message>
    <message>
        <source>The coupon is off the sale.</source>
        <translation>Le bon est retiré de la vente.</translation>
    </message>
    <message>
        <source>Coupon %1 is on the sale.</source>
        <translation>Le bon %1 est appliqué à la vente.</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Carte cadeau</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Scan or type the gift card&apos;s code (the amount first for part of the sale), then Ctrl+G.</source>
        <translation>Scannez ou saisissez le code de la carte cadeau (le montant d&apos;abord pour une partie de la vente), puis Ctrl+G.</translation>
    </message>
    <message>
        <source>Checking the gift card…</source>
        <translation>Vérification de la carte cadeau…</translation>
    </message>
    <message>
        <source>%1 onto %2&apos;s store credit.</source>
        <translation>%1 sur l&apos;avoir de %2.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>Checking the store credit…</source>
        <translation>Vérification de l&apos;avoir…</translation>
    </message>
    <message>
        <source>%1 points, %2 with this sale</source>
        <translation>%1 points, %2 avec cette vente</translation>
    </message>
    <message>
        <source>E-mail receipt</source>
        <translation>Ticket par e-mail</translation>
    </message>
    <message>
        <source>Type the customer&apos;s e-mail address (a receipt number first for another sale), then Ctrl+E.</source>
        <translation>Saisissez l&apos;adresse e-mail du client (le numéro du ticket d&apos;abord pour une autre vente), puis Ctrl+E.</translation>
    </message>
    <message>
        <source>The receipt goes to %1 with the next sync.</source>
        <translation>Le ticket part vers %1 à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ui::ShiftScreen</name>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reason (cash in or out)</source>
        <translation>Motif (entrée ou sortie d&apos;argent)</translation>
    </message>
    <message>
        <source>Open shift with this float</source>
        <translation>Ouvrir la session avec ce fond de caisse</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entrée d&apos;argent</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Sortie d&apos;argent</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Rapport X</translation>
    </message>
    <message>
        <source>Close shift with this count</source>
        <translation>Clôturer la session avec ce comptage</translation>
    </message>
    <message>
        <source>Back to the sale</source>
        <translation>Retour à la vente</translation>
    </message>
    <message>
        <source>Shift open since %1 (%2), float %3.</source>
        <translation>Session ouverte depuis %1 (%2), fond de caisse %3.</translation>
    </message>
    <message>
        <source>No shift is open. Count the float into the drawer and type it.</source>
        <translation>Aucune session n&apos;est ouverte. Comptez le fond de caisse dans le tiroir et saisissez-le.</translation>
    </message>
    <message>
        <source>%1 put in the drawer.</source>
        <translation>%1 mis dans le tiroir.</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer.</source>
        <translation>%1 retiré du tiroir.</translation>
    </message>
    <message>
        <source>Count the drawer and type what is in it, then F6. (%1)</source>
        <translation>Comptez le tiroir et saisissez son contenu, puis F6. (%1)</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Rapport Z</translation>
    </message>
    <message>
        <source>The shift is closed and its Z report will reach the server with the next sync.</source>
        <translation>La session est clôturée et son rapport Z parviendra au serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Print X report</source>
        <translation>Imprimer le rapport X</translation>
    </message>
    <message>
        <source>The X report is printing.</source>
        <translation>Le rapport X s&apos;imprime.</translation>
    </message>
</context>
</TS>
