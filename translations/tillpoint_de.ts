<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DemoReceipt</name>
    <message>
        <source>%1: no product with this barcode</source>
        <translation>%1: kein Artikel mit diesem Barcode</translation>
    </message>
    <message>
        <source>%1: no product with this scale label</source>
        <translation>%1: kein Artikel mit diesem Waagenetikett</translation>
    </message>
    <message>
        <source>%1: coupon barcodes are not accepted here; enter the coupon code</source>
        <translation>%1: Gutschein-Barcodes werden hier nicht angenommen; bitte den Gutscheincode eingeben</translation>
    </message>
    <message>
        <source>%1: not a usable barcode (%2)</source>
        <translation>%1: kein verwendbarer Barcode (%2)</translation>
    </message>
    <message>
        <source>Coupon %1 does not exist</source>
        <translation>Gutschein %1 existiert nicht</translation>
    </message>
    <message>
        <source>Coupon %1 not applied: %2</source>
        <translation>Gutschein %1 nicht angewendet: %2</translation>
    </message>
    <message>
        <source>The ticket cannot be priced: %1</source>
        <translation>Der Bon kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
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
        <translation>Gutschein %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <source>TOTAL %1</source>
        <translation>SUMME %1</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Rundung Barzahlung</translation>
    </message>
    <message>
        <source>To pay in cash</source>
        <translation>Bar zu zahlen</translation>
    </message>
    <message>
        <source>Not rung up:</source>
        <translation>Nicht erfasst:</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>MwSt-Satz</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>MwSt</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rings a demo basket through Tillpoint&apos;s pricing core and prints the receipt.</source>
        <translation>Bucht einen Demo-Warenkorb durch den Preiskern von Tillpoint und druckt den Beleg.</translation>
    </message>
    <message>
        <source>Demo store: berlin or zurich.</source>
        <translation>Demo-Filiale: berlin oder zurich.</translation>
    </message>
    <message>
        <source>Language and formats, e.g. de_DE.</source>
        <translation>Sprache und Formate, z. B. de_DE.</translation>
    </message>
    <message>
        <source>Coupon code to apply.</source>
        <translation>Anzuwendender Gutscheincode.</translation>
    </message>
    <message>
        <source>Barcodes to ring instead of the demo basket.</source>
        <translation>Zu buchende Barcodes statt des Demo-Warenkorbs.</translation>
    </message>
    <message>
        <source>Unknown demo store &quot;%1&quot;: choose berlin or zurich.</source>
        <translation>Unbekannte Demo-Filiale „%1“: berlin oder zurich wählen.</translation>
    </message>
</context>
</TS>
