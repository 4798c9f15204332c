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
</context>
</TS>
