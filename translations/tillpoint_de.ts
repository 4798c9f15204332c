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
    <name>DeviceCommands</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes sent to %3.</source>
        <translation>%1: %2 Bytes an %3 gesendet.</translation>
    </message>
    <message>
        <source>USB receipt printers:</source>
        <translation>USB-Bondrucker:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Serial ports:</source>
        <translation>Serielle Schnittstellen:</translation>
    </message>
    <message>
        <source>Network printers are not discovered: use tcp://&lt;address&gt;:9100.</source>
        <translation>Netzwerkdrucker werden nicht automatisch erkannt: tcp://&lt;address&gt;:9100 verwenden.</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Testdruck</translation>
    </message>
    <message>
        <source>Opening the drawer</source>
        <translation>Öffnen der Kassenschublade</translation>
    </message>
    <message>
        <source>Status request failed: %1</source>
        <translation>Statusabfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only serial and USB-CDC scanners can be tested here; a keyboard-wedge scanner types into any text field.</source>
        <translation>Hier lassen sich nur serielle und USB-CDC-Scanner testen; ein Scanner im Tastaturmodus (Keyboard-Wedge) tippt in jedes Textfeld.</translation>
    </message>
    <message>
        <source>Scanned &quot;%1&quot;: %2</source>
        <translation>Gescannt „%1“: %2</translation>
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
        <translation>Warte %1 s auf einen Scan an %2 ...</translation>
    </message>
    <message>
        <source>No scan arrived within %1 s: check the scanner&apos;s interface mode (USB-CDC / serial) and baud rate.</source>
        <translation>Innerhalb von %1 s kam kein Scan: Schnittstellenmodus des Scanners (USB-CDC / seriell) und Baudrate prüfen.</translation>
    </message>
</context>
<context>
    <name>ImageSync</name>
    <message>
        <source>The server cannot be reached; the images move when it can.</source>
        <translation>Der Server ist nicht erreichbar; die Bilder werden übertragen, sobald er es ist.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Fill in the shop, your e-mail address and your password.</source>
        <translation>Bitte Geschäft, E-Mail-Adresse und Passwort ausfüllen.</translation>
    </message>
</context>
<context>
    <name>OfficeAdmin</name>
    <message>
        <source>This needs the server, which cannot be reached now. Try again when the status bar says online.</source>
        <translation>Das braucht den Server, der gerade nicht erreichbar ist. Erneut versuchen, wenn die Statusleiste „online“ zeigt.</translation>
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
        <translation>Rabatt</translation>
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
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>MwSt</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Es bediente Sie %1</translation>
    </message>
</context>
<context>
    <name>ReceiptTemplateEditor</name>
    <message>
        <source>Sample cashier</source>
        <translation>Beispielkassierer</translation>
    </message>
    <message>
        <source>Mug</source>
        <translation>Becher</translation>
    </message>
    <message>
        <source>Organic tee</source>
        <translation>Bio-T-Shirt</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
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
    <message>
        <source>List USB receipt printers and serial ports.</source>
        <translation>USB-Bondrucker und serielle Schnittstellen auflisten.</translation>
    </message>
    <message>
        <source>Print the test page on &lt;uri&gt;.</source>
        <translation>Testseite auf &lt;uri&gt; drucken.</translation>
    </message>
    <message>
        <source>Open the cash drawer on &lt;uri&gt;.</source>
        <translation>Kassenschublade an &lt;uri&gt; öffnen.</translation>
    </message>
    <message>
        <source>Ask the printer on &lt;uri&gt; for its status.</source>
        <translation>Status des Druckers an &lt;uri&gt; abfragen.</translation>
    </message>
    <message>
        <source>Printer model profile: %1.</source>
        <translation>Profil des Druckermodells: %1.</translation>
    </message>
    <message>
        <source>Drawer kick pin: 2 or 5.</source>
        <translation>Pin für den Öffnungsimpuls der Kassenschublade: 2 oder 5.</translation>
    </message>
    <message>
        <source>Drawer kick pulse length in ms.</source>
        <translation>Dauer des Öffnungsimpulses der Kassenschublade in ms.</translation>
    </message>
    <message>
        <source>Wait for one scan from the serial scanner on &lt;uri&gt;.</source>
        <translation>Auf einen Scan vom seriellen Scanner an &lt;uri&gt; warten.</translation>
    </message>
    <message>
        <source>How long --scan-test waits, in seconds.</source>
        <translation>Wartezeit von --scan-test in Sekunden.</translation>
    </message>
    <message>
        <source>The drawer is a serial drawer opened by BEL, not a printer kick.</source>
        <translation>Die Kassenschublade ist seriell angeschlossen und wird per BEL geöffnet, nicht über den Drucker.</translation>
    </message>
    <message>
        <source>Unknown printer profile &quot;%1&quot;; choose one of: %2.</source>
        <translation>Unbekanntes Druckerprofil „%1“; verfügbar sind: %2.</translation>
    </message>
    <message>
        <source>--scan-timeout must be a number of seconds.</source>
        <translation>--scan-timeout muss eine Anzahl von Sekunden sein.</translation>
    </message>
    <message>
        <source>--pin must be 2 or 5 and --pulse-ms between 2 and 510.</source>
        <translation>--pin muss 2 oder 5 sein und --pulse-ms zwischen 2 und 510 liegen.</translation>
    </message>
    <message>
        <source>First run: the server&apos;s address.</source>
        <translation>Erster Start: die Adresse des Servers.</translation>
    </message>
    <message>
        <source>First run: the enrolment code made in the backoffice.</source>
        <translation>Erster Start: der im Backoffice erstellte Anmeldecode.</translation>
    </message>
    <message>
        <source>The register&apos;s settings file (its replica is kept beside it).</source>
        <translation>Die Einstellungsdatei der Kasse (ihre Replik liegt daneben).</translation>
    </message>
    <message>
        <source>White on black, for bright shops.</source>
        <translation>Weiß auf Schwarz, für helle Läden.</translation>
    </message>
    <message>
        <source>Tillpoint register. Without options it opens the register window (first run: --server and --enrolment-code). Device commands for setting up a till:</source>
        <translation>Tillpoint-Kasse. Ohne Optionen öffnet sie das Kassenfenster (erster Start: --server und --enrolment-code). Gerätebefehle zum Einrichten einer Kasse:</translation>
    </message>
    <message>
        <source>Give one device command (see --help), or no command for the register window.</source>
        <translation>Geben Sie einen Gerätebefehl an (siehe --help) oder keinen für das Kassenfenster.</translation>
    </message>
    <message>
        <source>The receipt printer (remembered), e.g. usb://04b8:0202 or tcp://10.0.0.7:9100.</source>
        <translation>Der Bondrucker (wird gemerkt), z. B. usb://04b8:0202 oder tcp://10.0.0.7:9100.</translation>
    </message>
    <message>
        <source>A serial barcode scanner (remembered), e.g. serial:///dev/ttyACM0?baud=9600.</source>
        <translation>Ein serieller Barcodescanner (wird gemerkt), z. B. serial:///dev/ttyACM0?baud=9600.</translation>
    </message>
    <message>
        <source>Quit as soon as the till&apos;s window is up (to time the start).</source>
        <translation>Beenden, sobald das Kassenfenster steht (um den Start zu messen).</translation>
    </message>
    <message>
        <source>Tillpoint backoffice: catalog, stock, orders and customers.</source>
        <translation>Tillpoint-Backoffice: Katalog, Bestand, Bestellungen und Kunden.</translation>
    </message>
    <message>
        <source>The backoffice&apos;s settings file (its replica is kept beside it).</source>
        <translation>Die Einstellungsdatei des Backoffice (seine Replik liegt daneben).</translation>
    </message>
    <message>
        <source>The server&apos;s address, for the login.</source>
        <translation>Die Adresse des Servers, für die Anmeldung.</translation>
    </message>
    <message>
        <source>The shop&apos;s short name, for the login.</source>
        <translation>Der Kurzname des Geschäfts, für die Anmeldung.</translation>
    </message>
    <message>
        <source>Your e-mail address, for the login.</source>
        <translation>Ihre E-Mail-Adresse, für die Anmeldung.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::AttributeTemplate</name>
    <message>
        <source>&quot;%1&quot; is no attribute of the template %2.</source>
        <translation>„%1“ ist kein Attribut der Vorlage %2.</translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation>%1 ist für %2 erforderlich.</translation>
    </message>
    <message>
        <source>%1 is a whole number.</source>
        <translation>%1 ist eine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1 ist ja oder nein.</translation>
    </message>
    <message>
        <source>%1 is a text of at most 1000 characters.</source>
        <translation>%1 ist ein Text mit höchstens 1000 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is one of %2.</source>
        <translation>%1 ist eines von: %2.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::BarcodeRule</name>
    <message>
        <source>A barcode is 1 to 64 letters, digits or signs, without spaces.</source>
        <translation>Ein Barcode besteht aus 1 bis 64 Buchstaben, Ziffern oder Zeichen, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>%1 is not a valid GTIN: its last digit (the check digit) should be %2.</source>
        <translation>%1 ist keine gültige GTIN: Die letzte Ziffer (Prüfziffer) müsste %2 sein.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::BulkProductEdits</name>
    <message>
        <source>A price can be lowered by 100 % at most.</source>
        <translation>Ein Preis kann höchstens um 100 % gesenkt werden.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CampaignEdits</name>
    <message>
        <source>Give the campaign a name (at most 100 characters), e.g. &quot;Summer sale&quot;.</source>
        <translation>Geben Sie der Aktion einen Namen (höchstens 100 Zeichen), z. B. „Sommerschlussverkauf“.</translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation>Die Aktion muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>Add at least one item with its campaign price.</source>
        <translation>Fügen Sie mindestens einen Artikel mit seinem Aktionspreis hinzu.</translation>
    </message>
    <message>
        <source>The campaign price of %1 is below zero.</source>
        <translation>Der Aktionspreis von %1 ist kleiner als null.</translation>
    </message>
    <message>
        <source>%1 is in the campaign twice; keep one price for it.</source>
        <translation>%1 steht zweimal in der Aktion; behalten Sie einen Preis dafür.</translation>
    </message>
    <message>
        <source>There is no item with the SKU %1.</source>
        <translation>Es gibt keinen Artikel mit der SKU %1.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CatalogExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CatalogImport</name>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>Die Datei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1 (SKU %2) is priced in %3 here; this file is read in %4.</source>
        <translation>%1 (SKU %2) hat hier Preise in %3; diese Datei wird in %4 gelesen.</translation>
    </message>
    <message>
        <source>The handle %1 is a SKU of &quot;%2&quot; in the catalog already.</source>
        <translation>Der Handle %1 ist bereits eine SKU von „%2“ im Katalog.</translation>
    </message>
    <message>
        <source>The SKU %1 belongs to &quot;%2&quot; in the catalog already.</source>
        <translation>Die SKU %1 gehört bereits zu „%2“ im Katalog.</translation>
    </message>
    <message>
        <source>The barcode %1 belongs to &quot;%2&quot; in the catalog already.</source>
        <translation>Der Barcode %1 gehört bereits zu „%2“ im Katalog.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is left out: none of its variants could be imported.</source>
        <translation>„%1“ wird ausgelassen: Keine seiner Varianten konnte importiert werden.</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CategoryTreeModel</name>
    <message>
        <source>A category needs a name of at most 200 characters.</source>
        <translation>Eine Kategorie braucht einen Namen mit höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>That category is not here (yet).</source>
        <translation>Diese Kategorie ist (noch) nicht hier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot go inside itself or one of its own subcategories.</source>
        <translation>„%1“ kann nicht in sich selbst oder eine eigene Unterkategorie.</translation>
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
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CouponEdits</name>
    <message>
        <source>A code is 3 to 32 capital letters, digits, - or _.</source>
        <translation>Ein Code besteht aus 3 bis 32 Großbuchstaben, Ziffern, - oder _.</translation>
    </message>
    <message>
        <source>A coupon takes off more than nothing: up to 100 %, or an amount.</source>
        <translation>Ein Gutschein zieht mehr als nichts ab: bis 100 % oder einen Betrag.</translation>
    </message>
    <message>
        <source>An amount off or a minimum order needs its currency.</source>
        <translation>Ein Betragsnachlass oder ein Mindestbestellwert braucht seine Währung.</translation>
    </message>
    <message>
        <source>The coupon must end after it starts.</source>
        <translation>Der Gutschein muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>A limit is at least 1 (leave it empty for none).</source>
        <translation>Ein Limit ist mindestens 1 (leer lassen für keines).</translation>
    </message>
    <message>
        <source>Another coupon has the code %1.</source>
        <translation>Ein anderer Gutschein hat den Code %1.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CustomerActions</name>
    <message>
        <source>This customer was anonymized at their request.</source>
        <translation>Dieser Kunde wurde auf eigenen Wunsch anonymisiert.</translation>
    </message>
    <message>
        <source>A customer needs a name of at most 200 characters.</source>
        <translation>Ein Kunde braucht einen Namen mit höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A phone number is at most 40 characters long.</source>
        <translation>Eine Telefonnummer hat höchstens 40 Zeichen.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>This customer was anonymized already.</source>
        <translation>Dieser Kunde wurde bereits anonymisiert.</translation>
    </message>
    <message>
        <source>Anonymized customer</source>
        <translation>Anonymisierter Kunde</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CustomerProfile</name>
    <message>
        <source>This customer is not here (yet).</source>
        <translation>Dieser Kunde ist (noch) nicht hier.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ImageSync</name>
    <message>
        <source>The server stored image %1 under another name; it will be sent again.</source>
        <translation>Der Server hat Bild %1 unter einem anderen Namen gespeichert; es wird erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ImportErrorsModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::LocalStockMovements</name>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>This office, not sent yet</source>
        <translation>Dieses Büro, noch nicht gesendet</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::OfficeAdmin</name>
    <message>
        <source>Give the register a name (at most 100 characters), e.g. &quot;Till 2&quot;.</source>
        <translation>Der Kasse einen Namen geben (höchstens 100 Zeichen), z. B. „Kasse 2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A password has at least 10 characters.</source>
        <translation>Ein Passwort hat mindestens 10 Zeichen.</translation>
    </message>
    <message>
        <source>A register PIN is 4 to 8 digits.</source>
        <translation>Eine Kassen-PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>Choose a new role or access first.</source>
        <translation>Wählen Sie zuerst eine neue Rolle oder einen neuen Zugang.</translation>
    </message>
    <message>
        <source>A store&apos;s code is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, e.g. &quot;hamburg&quot;.</source>
        <translation>Der Code einer Filiale besteht aus 1 bis 64 Buchstaben, Ziffern, „.“, „_“ oder „-“, z. B. „hamburg“.</translation>
    </message>
    <message>
        <source>A store needs a name (at most 200 characters).</source>
        <translation>Eine Filiale braucht einen Namen (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR.</source>
        <translation>„%1“ ist kein Währungscode wie EUR.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::OrderActions</name>
    <message>
        <source>Order %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>Bestellung %1 kann nicht von „%2“ zu „%3“ wechseln.</translation>
    </message>
    <message>
        <source>A tracking number is at most 200 characters long.</source>
        <translation>Eine Sendungsnummer ist höchstens 200 Zeichen lang.</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>dieses Büro</translation>
    </message>
    <message>
        <source>A note needs some text, at most 4000 characters.</source>
        <translation>Eine Notiz braucht Text, höchstens 4000 Zeichen.</translation>
    </message>
    <message>
        <source>A line can give back at most what was sold.</source>
        <translation>Eine Position kann nicht mehr zurückgeben, als verkauft wurde.</translation>
    </message>
    <message>
        <source>Choose what comes back.</source>
        <translation>Zurückkommende Artikel wählen.</translation>
    </message>
    <message>
        <source>Only %1 of this order is left to refund.</source>
        <translation>Von dieser Bestellung sind nur noch %1 erstattbar.</translation>
    </message>
    <message>
        <source>Money goes back the way it was paid (cash or card), or onto the customer&apos;s store credit.</source>
        <translation>Das Geld geht auf dem Zahlungsweg zurück (bar oder Karte) oder auf das Guthaben des Kunden.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::OrderListModel</name>
    <message>
        <source>Shop</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::OrderView</name>
    <message>
        <source>This order is not here (yet).</source>
        <translation>Diese Bestellung ist hier (noch) nicht vorhanden.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ProductEditor</name>
    <message>
        <source>This product is not in the catalog here (yet).</source>
        <translation>Dieses Produkt ist hier (noch) nicht im Katalog.</translation>
    </message>
    <message>
        <source>These options make more than %1 variants.</source>
        <translation>Diese Optionen ergeben mehr als %1 Varianten.</translation>
    </message>
    <message>
        <source>No free in-store barcode was found; try again.</source>
        <translation>Kein freier interner Barcode gefunden; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The SKU must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Die SKU muss aus 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen.</translation>
    </message>
    <message>
        <source>A product needs a name of at most 200 characters.</source>
        <translation>Ein Produkt braucht einen Namen mit höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>The description is longer than 10,000 characters.</source>
        <translation>Die Beschreibung ist länger als 10.000 Zeichen.</translation>
    </message>
    <message>
        <source>A price cannot be below zero.</source>
        <translation>Ein Preis kann nicht unter null liegen.</translation>
    </message>
    <message>
        <source>A product is a draft, active or archived.</source>
        <translation>Ein Produkt ist Entwurf, aktiv oder archiviert.</translation>
    </message>
    <message>
        <source>Each option needs its own name of at most 50 characters (&quot;%1&quot;).</source>
        <translation>Jede Option braucht einen eigenen Namen mit höchstens 50 Zeichen („%1“).</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; needs at least one value.</source>
        <translation>Die Option „%1“ braucht mindestens einen Wert.</translation>
    </message>
    <message>
        <source>The values of &quot;%1&quot; must be different, each at most 100 characters.</source>
        <translation>Die Werte von „%1“ müssen verschieden sein, jeder höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>A product may have at most %1 variants.</source>
        <translation>Ein Produkt kann höchstens %1 Varianten haben.</translation>
    </message>
    <message>
        <source>Variant %1: the SKU must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Variante %1: Die SKU muss aus 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen.</translation>
    </message>
    <message>
        <source>Two variants have the SKU %1.</source>
        <translation>Zwei Varianten haben die SKU %1.</translation>
    </message>
    <message>
        <source>Variant %1: a price cannot be below zero.</source>
        <translation>Variante %1: Ein Preis kann nicht unter null liegen.</translation>
    </message>
    <message>
        <source>The barcode %1 is on variant %2 already.</source>
        <translation>Der Barcode %1 ist bereits bei Variante %2 vergeben.</translation>
    </message>
    <message>
        <source>The SKU %1 belongs to &quot;%2&quot; already.</source>
        <translation>Die SKU %1 gehört bereits zu „%2“.</translation>
    </message>
    <message>
        <source>The barcode %1 belongs to &quot;%2&quot; already.</source>
        <translation>Der Barcode %1 gehört bereits zu „%2“.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>The product&apos;s template is not here (yet).</source>
        <translation>Die Vorlage des Produkts ist (noch) nicht hier.</translation>
    </message>
    <message>
        <source>Attributes belong to a template: choose one.</source>
        <translation>Attribute gehören zu einer Vorlage: eine wählen.</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Variante %1: %2</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ProductEdits</name>
    <message>
        <source>This product is not in the catalog here (yet).</source>
        <translation>Dieses Produkt ist hier (noch) nicht im Katalog.</translation>
    </message>
    <message>
        <source>A product is either active or archived.</source>
        <translation>Ein Produkt ist entweder aktiv oder archiviert.</translation>
    </message>
    <message>
        <source>This conflict was settled already.</source>
        <translation>Dieser Konflikt wurde bereits gelöst.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ProductImages</name>
    <message>
        <source>This is not a JPEG, PNG or WebP image.</source>
        <translation>Das ist kein JPEG-, PNG- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB even after shrinking it; choose a smaller one.</source>
        <translation>Das Bild ist auch verkleinert größer als %1 MB; wählen Sie ein kleineres.</translation>
    </message>
    <message>
        <source>The server sent other bytes for image %1.</source>
        <translation>Der Server hat für Bild %1 andere Daten gesendet.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ProductListModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ShopifyProductCsv</name>
    <message>
        <source>The column &quot;%1&quot; appears twice in the first line.</source>
        <translation>Die Spalte „%1“ kommt in der ersten Zeile zweimal vor.</translation>
    </message>
    <message>
        <source>This is not a product CSV file: its first line has no &quot;Handle&quot; column.</source>
        <translation>Dies ist keine Produkt-CSV-Datei: Die erste Zeile hat keine Spalte „Handle“.</translation>
    </message>
    <message>
        <source>The row has no handle, so it belongs to no product.</source>
        <translation>Die Zeile hat keinen Handle und gehört daher zu keinem Produkt.</translation>
    </message>
    <message>
        <source>The row holds nothing to import (no title, option, SKU or price).</source>
        <translation>Die Zeile enthält nichts zum Importieren (kein Titel, keine Option, SKU oder Preis).</translation>
    </message>
    <message>
        <source>Left out with its product: the product&apos;s first row (line %1) has errors.</source>
        <translation>Zusammen mit dem Produkt ausgelassen: Die erste Zeile des Produkts (Zeile %1) ist fehlerhaft.</translation>
    </message>
    <message>
        <source>A second product with the handle &quot;%1&quot; (line %2 has another title): handles must be unique.</source>
        <translation>Ein zweites Produkt mit dem Handle „%1“ (Zeile %2 hat einen anderen Titel): Handles müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>The product&apos;s first row needs its title.</source>
        <translation>Die erste Zeile des Produkts braucht den Titel.</translation>
    </message>
    <message>
        <source>A title may be at most %1 characters long, without control characters.</source>
        <translation>Ein Titel darf höchstens %1 Zeichen lang sein, ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>Die Beschreibung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no status: write active, draft or archived.</source>
        <translation>„%1“ ist kein Status: active, draft oder archived schreiben.</translation>
    </message>
    <message>
        <source>%1 is given but %2 is empty: fill the options from the first one.</source>
        <translation>%1 ist angegeben, aber %2 ist leer: Optionen ab der ersten ausfüllen.</translation>
    </message>
    <message>
        <source>An option&apos;s name may be at most %1 characters long.</source>
        <translation>Ein Optionsname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is named twice.</source>
        <translation>Die Option „%1“ ist zweimal benannt.</translation>
    </message>
    <message>
        <source>A second variant of &quot;%1&quot;, which has no options: name its options (Option1 Name) on its first row.</source>
        <translation>Eine zweite Variante von „%1“, das keine Optionen hat: Optionen (Option1 Name) in seiner ersten Zeile benennen.</translation>
    </message>
    <message>
        <source>Every variant needs a value for &quot;%1&quot;.</source>
        <translation>Jede Variante braucht einen Wert für „%1“.</translation>
    </message>
    <message>
        <source>An option value may be at most %1 characters long.</source>
        <translation>Ein Optionswert darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>%1 is given but the product&apos;s first row has no %2.</source>
        <translation>%1 ist angegeben, aber die erste Zeile des Produkts hat keinen Wert für %2.</translation>
    </message>
    <message>
        <source>The variant %1 is on line %2 already.</source>
        <translation>Die Variante %1 steht bereits in Zeile %2.</translation>
    </message>
    <message>
        <source>Every variant needs a price.</source>
        <translation>Jede Variante braucht einen Preis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price in %2: write digits with at most %3 decimals after a point, as in %4.</source>
        <translation>„%1“ ist kein Preis in %2: Ziffern mit höchstens %3 Nachkommastellen nach einem Punkt schreiben, wie in %4.</translation>
    </message>
    <message>
        <source>A price cannot be below zero.</source>
        <translation>Ein Preis kann nicht unter null liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a SKU: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ kann keine SKU sein: 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; verwenden.</translation>
    </message>
    <message>
        <source>The SKU %1 is on line %2 already.</source>
        <translation>Die SKU %1 steht bereits in Zeile %2.</translation>
    </message>
    <message>
        <source>The barcode %1 is on line %2 already.</source>
        <translation>Der Barcode %1 steht bereits in Zeile %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is left out: none of its variants could be imported.</source>
        <translation>„%1“ wird ausgelassen: Keine seiner Varianten konnte importiert werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a SKU: its handle has no letters or digits to make one from.</source>
        <translation>„%1“ braucht eine SKU: Der Handle enthält keine Buchstaben oder Ziffern, aus denen sich eine bilden ließe.</translation>
    </message>
    <message>
        <source>The handle &quot;%1&quot; has no letters or digits to make the product&apos;s SKU from.</source>
        <translation>Der Handle „%1“ enthält keine Buchstaben oder Ziffern, aus denen sich die SKU des Produkts bilden ließe.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StockActions</name>
    <message>
        <source>Choose a store of this shop.</source>
        <translation>Eine Filiale dieses Geschäfts wählen.</translation>
    </message>
    <message>
        <source>No item of the catalog has the SKU %1.</source>
        <translation>Kein Artikel im Katalog hat die SKU %1.</translation>
    </message>
    <message>
        <source>Enter at least one item with its quantity.</source>
        <translation>Mindestens einen Artikel mit Menge eingeben.</translation>
    </message>
    <message>
        <source>%1: a delivery brings more than nothing.</source>
        <translation>%1: Eine Lieferung bringt mehr als nichts.</translation>
    </message>
    <message>
        <source>Stock is written off as damaged or corrected.</source>
        <translation>Bestand wird als beschädigt abgeschrieben oder korrigiert.</translation>
    </message>
    <message>
        <source>%1: give how many were damaged.</source>
        <translation>%1: angeben, wie viele beschädigt sind.</translation>
    </message>
    <message>
        <source>A transfer goes from one store to another.</source>
        <translation>Eine Umlagerung geht von einer Filiale in eine andere.</translation>
    </message>
    <message>
        <source>%1: a transfer moves more than nothing.</source>
        <translation>%1: Eine Umlagerung bewegt mehr als nichts.</translation>
    </message>
    <message>
        <source>Nothing was counted.</source>
        <translation>Es wurde nichts gezählt.</translation>
    </message>
    <message>
        <source>%1: a count is never below zero.</source>
        <translation>%1: Eine Zählung ist nie kleiner als null.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StockHistory</name>
    <message>
        <source>The server did not give the history: %1</source>
        <translation>Der Server hat den Verlauf nicht geliefert: %1</translation>
    </message>
    <message>
        <source>The history is kept on the server, which cannot be reached now; the levels here are up to date as of the last sync.</source>
        <translation>Der Verlauf liegt auf dem Server, der gerade nicht erreichbar ist; die Bestände hier sind auf dem Stand des letzten Abgleichs.</translation>
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
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Low below</source>
        <translation>Knapp ab</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StockMovementView</name>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>Umgelagert (ein)</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Umgelagert (aus)</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StoreProfiles</name>
    <message>
        <source>&quot;%1&quot; is not a tax class and its rate, e.g. &quot;standard 19 %&quot; (0 to 100 %).</source>
        <translation>„%1“ ist keine Steuerklasse mit Satz, z. B. „standard 19 %“ (0 bis 100 %).</translation>
    </message>
    <message>
        <source>A store needs a name (at most 200 characters).</source>
        <translation>Eine Filiale braucht einen Namen (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; choose one such as Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone; wählen Sie eine wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>A country is its two-letter code, e.g. DE or FR.</source>
        <translation>Ein Land ist sein Code aus zwei Buchstaben, z. B. DE oder FR.</translation>
    </message>
    <message>
        <source>The rate of %1 must be from 0 to 100 %.</source>
        <translation>Der Satz von %1 muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>Loyalty points per unit are 0 (none) to 1000.</source>
        <translation>Treuepunkte je Einheit: 0 (keine) bis 1000.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StoreSettings</name>
    <message>
        <source>A receipt&apos;s header and footer may each be %1 characters long at most.</source>
        <translation>Kopf- und Fußzeilen eines Belegs dürfen je höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::app::BackofficeApp</name>
    <message>
        <source>Tillpoint backoffice</source>
        <translation>Tillpoint-Backoffice</translation>
    </message>
    <message>
        <source>Offline — edits are kept and sent when the server is back</source>
        <translation>Offline – Änderungen werden aufbewahrt und gesendet, sobald der Server wieder da ist</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>Cou&amp;pons</source>
        <translation>Gut&amp;scheine</translation>
    </message>
    <message>
        <source>&amp;Receipts</source>
        <translation>&amp;Belege</translation>
    </message>
    <message>
        <source>Needs attention (%1)…</source>
        <translation>Braucht Aufmerksamkeit (%1)…</translation>
    </message>
    <message>
        <source>Registers &amp;&amp; s&amp;taff</source>
        <translation>Kassen &amp;&amp; &amp;Personal</translation>
    </message>
    <message>
        <source>Campai&amp;gns</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <source>Stor&amp;es</source>
        <translation>&amp;Filialen</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::AdminScreen</name>
    <message>
        <source>e.g. Till 2</source>
        <translation>z. B. Kasse 2</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Filialleiter</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Mindestens 10 Zeichen</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 bis 8 Ziffern</translation>
    </message>
    <message>
        <source>&amp;Make enrolment code</source>
        <translation>&amp;Anmeldecode erstellen</translation>
    </message>
    <message>
        <source>&amp;Add staff member</source>
        <translation>Mitarbeiter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Set register &amp;PIN</source>
        <translation>Kassen-&amp;PIN setzen</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Neue Kasse</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Register&apos;s name</source>
        <translation>Name der Kasse</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>PIN for the selected</source>
        <translation>PIN für den Ausgewählten</translation>
    </message>
    <message>
        <source>On the new register: start Tillpoint, enter this server&apos;s address and this code. It works once, until %1.</source>
        <translation>An der neuen Kasse: Tillpoint starten, die Adresse dieses Servers und diesen Code eingeben. Er gilt einmal, bis %1.</translation>
    </message>
    <message>
        <source>%1 can log in now; the list shows them after the next sync.</source>
        <translation>%1 kann sich jetzt anmelden; die Liste zeigt es nach dem nächsten Abgleich.</translation>
    </message>
    <message>
        <source>Select the staff member first.</source>
        <translation>Zuerst den Mitarbeiter auswählen.</translation>
    </message>
    <message>
        <source>PIN set. The registers know it after their next sync.</source>
        <translation>PIN gesetzt. Die Kassen kennen sie nach ihrem nächsten Abgleich.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>Liste &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Kassen</translation>
    </message>
    <message>
        <source>Role of the selected</source>
        <translation>Rolle der Auswahl</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Registers in red have not synced for a long time or hold sales they have not sent: check that they are on and connected.</source>
        <translation>Rot markierte Kassen haben lange nicht synchronisiert oder halten noch nicht gesendete Verkäufe: Prüfen Sie, ob sie eingeschaltet und verbunden sind.</translation>
    </message>
    <message>
        <source>Select the register first.</source>
        <translation>Wählen Sie zuerst die Kasse aus.</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? It stops syncing at once; sales it has not sent stay on it until it is enrolled again.</source>
        <translation>„%1“ widerrufen? Sie synchronisiert sofort nicht mehr; nicht gesendete Verkäufe bleiben auf ihr, bis sie neu angemeldet ist.</translation>
    </message>
    <message>
        <source>%1 is revoked.</source>
        <translation>%1 ist widerrufen.</translation>
    </message>
    <message>
        <source>Now %1; the list and the registers show it after their next sync.</source>
        <translation>Jetzt %1; die Liste und die Kassen zeigen es nach ihrer nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer log in here or at the registers.</source>
        <translation>%1 sperren? Die Person kann sich dann weder hier noch an den Kassen anmelden.</translation>
    </message>
    <message>
        <source>%1 is disabled: logins are refused now, the registers refuse their PIN after their next sync.</source>
        <translation>%1 ist gesperrt: Anmeldungen werden ab jetzt abgelehnt, die Kassen lehnen die PIN nach ihrer nächsten Synchronisierung ab.</translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation>%1 darf sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Registers and staff</source>
        <translation>Kassen und Personal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Filter registers (Ctrl+F)</source>
        <translation>Kassen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter staff</source>
        <translation>Personal filtern</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::CampaignsScreen</name>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>e.g. Summer sale</source>
        <translation>z. B. Sommerschlussverkauf</translation>
    </message>
    <message>
        <source>None ticked: every store.</source>
        <translation>Keine angehakt: alle Filialen.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Regular price</source>
        <translation>Normalpreis</translation>
    </message>
    <message>
        <source>Campaign price</source>
        <translation>Aktionspreis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived (withdrawn)</source>
        <translation>Archiviert (zurückgezogen)</translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation>&amp;Neue Aktion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Artikel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>Artikel &amp;entfernen</translation>
    </message>
    <message>
        <source>Set all to this much &amp;off</source>
        <translation>Alle um so viel &amp;reduzieren</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Filialen</translation>
    </message>
    <message>
        <source>A new campaign: add its items and their campaign prices.</source>
        <translation>Eine neue Aktion: Fügen Sie ihre Artikel und deren Aktionspreise hinzu.</translation>
    </message>
    <message>
        <source>No item with this SKU</source>
        <translation>Kein Artikel mit dieser SKU</translation>
    </message>
    <message>
        <source>Select the item to remove first.</source>
        <translation>Wählen Sie zuerst den zu entfernenden Artikel aus.</translation>
    </message>
    <message>
        <source>Lines without a known regular price were left as they were: %1.</source>
        <translation>Zeilen ohne bekannten Normalpreis blieben unverändert: %1.</translation>
    </message>
    <message>
        <source>The currency %1 is unknown here.</source>
        <translation>Die Währung %1 ist hier unbekannt.</translation>
    </message>
    <message>
        <source>Line %1: give the SKU and its campaign price (%2).</source>
        <translation>Zeile %1: Geben Sie die SKU und ihren Aktionspreis an (%2).</translation>
    </message>
    <message>
        <source>the SKU is missing</source>
        <translation>die SKU fehlt</translation>
    </message>
    <message>
        <source>Saved. The registers sell at these prices from the start, after their next sync.</source>
        <translation>Gespeichert. Die Kassen verkaufen ab Beginn zu diesen Preisen, nach ihrer nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::CatalogScreen</name>
    <message>
        <source>Search by name or SKU (Ctrl+F)</source>
        <translation>Nach Name oder Artikelnummer suchen (Strg+F)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;Neues Produkt</translation>
    </message>
    <message>
        <source>New product (Ctrl+N)</source>
        <translation>Neues Produkt (Strg+N)</translation>
    </message>
    <message>
        <source>Change &amp;prices…</source>
        <translation>&amp;Preise ändern…</translation>
    </message>
    <message>
        <source>Raise or lower the selected products&apos; prices by a percentage</source>
        <translation>Preise der ausgewählten Produkte prozentual erhöhen oder senken</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivieren</translation>
    </message>
    <message>
        <source>Put on &amp;sale</source>
        <translation>&amp;Zum Verkauf freigeben</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Selected products:</source>
        <translation>Ausgewählte Produkte:</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Produkte importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Produkte exportieren</translation>
    </message>
    <message>
        <source>products.csv</source>
        <translation>produkte.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the catalog…</source>
        <translation>Katalog wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Select the products first.</source>
        <translation>Zuerst die Produkte auswählen.</translation>
    </message>
    <message>
        <source>Change prices</source>
        <translation>Preise ändern</translation>
    </message>
    <message>
        <source>Change by how many percent? (10 raises by 10 %, -5 lowers by 5 %)</source>
        <translation>Um wie viel Prozent ändern? (10 erhöht um 10 %, -5 senkt um 5 %)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage.</source>
        <translation>„%1“ ist keine Prozentangabe.</translation>
    </message>
    <message>
        <source>Prices of %1 products changed by %2 %.</source>
        <translation>Preise von %1 Produkten um %2 % geändert.</translation>
    </message>
    <message>
        <source>%1 products archived.</source>
        <translation>%1 Produkte archiviert.</translation>
    </message>
    <message>
        <source>%1 products on sale.</source>
        <translation>%1 Produkte zum Verkauf freigegeben.</translation>
    </message>
    <message>
        <source>Products exported to %1: %2.</source>
        <translation>Produkte nach %1 exportiert: %2.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Ca&amp;tegories…</source>
        <translation>Ka&amp;tegorien…</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::CategoriesDialog</name>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Drag a category onto another to move it there.</source>
        <translation>Eine Kategorie auf eine andere ziehen, um sie dorthin zu verschieben.</translation>
    </message>
    <message>
        <source>&amp;New category…</source>
        <translation>&amp;Neue Kategorie…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>Name of the new category:</source>
        <translation>Name der neuen Kategorie:</translation>
    </message>
    <message>
        <source>Select the category to rename.</source>
        <translation>Die umzubenennende Kategorie auswählen.</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; added.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation>Umbenannt.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ConflictsDialog</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Dieses Büro</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>Keep this office&apos;s</source>
        <translation>Von diesem Büro behalten</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Ihre behalten</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Merge (ticked fields mine)</source>
        <translation>&amp;Zusammenführen (angehakte Felder von mir)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Products someone else changed first</source>
        <translation>Produkte, die jemand anderes zuerst geändert hat</translation>
    </message>
    <message>
        <source>Other changes the server refused</source>
        <translation>Andere vom Server abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nichts braucht Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Choose the product to settle.</source>
        <translation>Das zu klärende Produkt wählen.</translation>
    </message>
    <message>
        <source>Settled: the server&apos;s values stay.</source>
        <translation>Geklärt: Die Werte des Servers bleiben.</translation>
    </message>
    <message>
        <source>Settled: %1 sent again on top of the server&apos;s version.</source>
        <translation>Geklärt: %1 erneut auf Basis der Serverversion gesendet.</translation>
    </message>
    <message>
        <source>Choose the refusal you have read.</source>
        <translation>Die gelesene Ablehnung wählen.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::CouponsScreen</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>Nach Code oder Name filtern</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Prozent Rabatt</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Betrag Rabatt</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Kein Minimum</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Every item; or SKUs separated by commas</source>
        <translation>Alle Artikel; oder SKUs durch Kommas getrennt</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>&amp;New coupon</source>
        <translation>&amp;Neuer Gutschein</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Mindestbestellwert</translation>
    </message>
    <message>
        <source>Uses in all</source>
        <translation>Einlösungen insgesamt</translation>
    </message>
    <message>
        <source>Uses per customer</source>
        <translation>Einlösungen pro Kunde</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>A new coupon.</source>
        <translation>Ein neuer Gutschein.</translation>
    </message>
    <message>
        <source>The coupon&apos;s currency %1 is unknown here.</source>
        <translation>Die Währung %1 des Gutscheins ist hier unbekannt.</translation>
    </message>
    <message>
        <source>Minimum order: %1</source>
        <translation>Mindestbestellwert: %1</translation>
    </message>
    <message>
        <source>A limit is a whole number of uses, at least 1; leave it empty for none.</source>
        <translation>Ein Limit ist eine ganze Zahl von Einlösungen, mindestens 1; leer lassen für keines.</translation>
    </message>
    <message>
        <source>Saved. The registers know the coupon after their next sync.</source>
        <translation>Gespeichert. Die Kassen kennen den Gutschein nach ihrem nächsten Abgleich.</translation>
    </message>
    <message>
        <source>Or categories</source>
        <translation>Oder Kategorien</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::CustomersScreen</name>
    <message>
        <source>E&amp;xport data…</source>
        <translation>Daten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>A&amp;nonymize…</source>
        <translation>A&amp;nonymisieren…</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number (Ctrl+F)</source>
        <translation>Name, E-Mail, Telefon oder Bestellnummer (Strg+F)</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>Eine Adresse pro Zeile</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Treuepunkte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Export the customer&apos;s data</source>
        <translation>Daten des Kunden exportieren</translation>
    </message>
    <message>
        <source>customer-data.json</source>
        <translation>kundendaten.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Anonymize %1?</source>
        <translation>%1 anonymisieren?</translation>
    </message>
    <message>
        <source>Name, e-mail, phone, addresses, tags and notes of %1 are erased for good, here and on the server. Their orders stay, without their name. This cannot be undone.</source>
        <translation>Name, E-Mail, Telefon, Adressen, Schlagwörter und Notizen von %1 werden endgültig gelöscht, hier und auf dem Server. Die Bestellungen bleiben, ohne Namen. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anonymized at the customer&apos;s request.</source>
        <translation>Auf Wunsch des Kunden anonymisiert.</translation>
    </message>
    <message>
        <source>Saved. The server hears of it with the next sync.</source>
        <translation>Gespeichert. Der Server erfährt es beim nächsten Abgleich.</translation>
    </message>
    <message>
        <source>The customer&apos;s data is in %1.</source>
        <translation>Die Daten des Kunden stehen in %1.</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Verlauf filtern</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::DashboardScreen</name>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Andere Daten</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Low in stock</source>
        <translation>Knapper Bestand</translation>
    </message>
    <message>
        <source>Revenue %1 · %2 orders · %3 per order</source>
        <translation>Umsatz %1 · %2 Bestellungen · %3 pro Bestellung</translation>
    </message>
    <message>
        <source> · %1 orders in other currencies not counted</source>
        <translation> · %1 Bestellungen in anderen Währungen nicht mitgezählt</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Meistverkaufte Artikel</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Verkäufe nach Kanal</translation>
    </message>
    <message>
        <source>Sales by store</source>
        <translation>Verkäufe nach Filiale</translation>
    </message>
    <message>
        <source>Revenue and orders per day</source>
        <translation>Umsatz und Bestellungen pro Tag</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Umsatz (%1)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Filter low stock</source>
        <translation>Niedrigen Bestand filtern</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ImagePreparation</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 is not a picture Tillpoint can read (%2).</source>
        <translation>%1 ist kein Bild, das Tillpoint lesen kann (%2).</translation>
    </message>
    <message>
        <source>%1 stays too large for a product image even when shrunk; choose a smaller picture.</source>
        <translation>%1 bleibt auch verkleinert zu groß für ein Produktbild; wählen Sie ein kleineres Bild.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ImportDialog</name>
    <message>
        <source>Import products from a CSV file</source>
        <translation>Produkte aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>A product CSV file as Shopify writes it</source>
        <translation>Eine Produkt-CSV-Datei, wie Shopify sie exportiert</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Filter the tables</source>
        <translation>Tabellen filtern</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Produkte importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing… %1 of %2 products</source>
        <translation>Importieren… %1 von %2 Produkten</translation>
    </message>
    <message>
        <source>Choose a file to see what it would import.</source>
        <translation>Eine Datei wählen, um zu sehen, was importiert würde.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Products (%1)</source>
        <translation>Produkte (%1)</translation>
    </message>
    <message>
        <source>Left out (%1)</source>
        <translation>Ausgelassen (%1)</translation>
    </message>
    <message>
        <source>Products to import: %1, with %2 variants (%3 new, %4 updating products of the catalog).</source>
        <translation>Zu importierende Produkte: %1, mit %2 Varianten (%3 neu, %4 aktualisieren Produkte des Katalogs).</translation>
    </message>
    <message>
        <source>Problems found: %1. Those rows are left out (see &quot;Left out&quot;).</source>
        <translation>Gefundene Probleme: %1. Diese Zeilen werden ausgelassen (siehe „Ausgelassen“).</translation>
    </message>
    <message>
        <source>Image rows not imported: %1 (images are added in the product editor).</source>
        <translation>Nicht importierte Bildzeilen: %1 (Bilder werden im Produkteditor hinzugefügt).</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Nicht importierte Spalten: %1.</translation>
    </message>
    <message>
        <source>Products imported: %1. They reach the server with the next sync.</source>
        <translation>Importierte Produkte: %1. Sie erreichen den Server bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 products: those are imported, the others are not.</source>
        <translation>Nach %1 von %2 Produkten abgebrochen: Diese sind importiert, die übrigen nicht.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: Es wurde nichts importiert.</translation>
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
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Change s&amp;tatus</source>
        <translation>S&amp;tatus ändern</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Erstatten…</translation>
    </message>
    <message>
        <source>Tracking number (for a shipment)</source>
        <translation>Sendungsnummer (für einen Versand)</translation>
    </message>
    <message>
        <source>An internal note: customers never see it</source>
        <translation>Interne Notiz: Kunden sehen sie nie</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation>Keine Bestellung gewählt</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>Bestellung %1 — %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Bezahlt: %1</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Markierungen: %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Gesamt %1</translation>
    </message>
    <message>
        <source> (tax %1)</source>
        <translation> (Steuer %1)</translation>
    </message>
    <message>
        <source> · refunded %1</source>
        <translation> · erstattet %1</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tracking %1</source>
        <translation>Sendungsverfolgung %1</translation>
    </message>
    <message>
        <source> (not yet confirmed by the server)</source>
        <translation> (vom Server noch nicht bestätigt)</translation>
    </message>
    <message>
        <source>Sales at the till are completed there: they can be refunded</source>
        <translation>Kassenverkäufe werden an der Kasse abgeschlossen; sie können erstattet werden</translation>
    </message>
    <message>
        <source>Status changed. The server hears of it with the next sync.</source>
        <translation>Status geändert. Der Server erfährt es bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::OrdersScreen</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Number, e-mail or phone (Ctrl+F)</source>
        <translation>Nummer, E-Mail oder Telefon (Strg+F)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Filialen</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ProductEditorDialog</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>S&amp;KU</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>B&amp;eschreibung</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Price (%1)</source>
        <translation>&amp;Preis (%1)</translation>
    </message>
    <message>
        <source>Options (values separated by commas)</source>
        <translation>Optionen (Werte durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>e.g. Size</source>
        <translation>z. B. Größe</translation>
    </message>
    <message>
        <source>e.g. Colour</source>
        <translation>z. B. Farbe</translation>
    </message>
    <message>
        <source>e.g. S, M, L</source>
        <translation>z. B. S, M, L</translation>
    </message>
    <message>
        <source>e.g. Red, Blue</source>
        <translation>z. B. Rot, Blau</translation>
    </message>
    <message>
        <source>&amp;Make variants</source>
        <translation>&amp;Varianten erzeugen</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Own price</source>
        <translation>Eigener Preis</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Barcodes</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>New in-store &amp;barcode</source>
        <translation>Neuer interner &amp;Barcode</translation>
    </message>
    <message>
        <source>Gives the selected variant a new EAN-13 for goods without one (GS1 in-store prefix 20).</source>
        <translation>Gibt der ausgewählten Variante eine neue EAN-13 für Waren ohne eigene (GS1-Präfix 20 für interne Nummern).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Preis: %1</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Variante %1: %2</translation>
    </message>
    <message>
        <source>%1 variants. Set their prices and barcodes, then save.</source>
        <translation>%1 Varianten. Preise und Barcodes festlegen, dann speichern.</translation>
    </message>
    <message>
        <source>Select the variant that needs a barcode.</source>
        <translation>Die Variante auswählen, die einen Barcode braucht.</translation>
    </message>
    <message>
        <source>Barcode %1 given to %2.</source>
        <translation>Barcode %1 an %2 vergeben.</translation>
    </message>
    <message>
        <source>Saved. The change reaches the server with the next sync.</source>
        <translation>Gespeichert. Die Änderung erreicht den Server bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Price in the store</source>
        <translation>Preis in der Filiale</translation>
    </message>
    <message>
        <source>Prices per store (empty: the usual price)</source>
        <translation>Preise pro Filiale (leer: der übliche Preis)</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>%1 is a whole number.</source>
        <translation>%1 ist eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ProductImagesEditor</name>
    <message>
        <source>What the selected image shows (for people who cannot see it)</source>
        <translation>Was das gewählte Bild zeigt (für Menschen, die es nicht sehen können)</translation>
    </message>
    <message>
        <source>Add &amp;images…</source>
        <translation>&amp;Bilder hinzufügen…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Make main image</source>
        <translation>Zum Hauptbild machen</translation>
    </message>
    <message>
        <source>Not here yet</source>
        <translation>Noch nicht hier</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptbild</translation>
    </message>
    <message>
        <source>Main · %1</source>
        <translation>Hauptbild · %1</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Select the image first.</source>
        <translation>Wählen Sie zuerst das Bild aus.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ReceiptTemplateEditor</name>
    <message>
        <source>%1 characters a line (%2)</source>
        <translation>%1 Zeichen pro Zeile (%2)</translation>
    </message>
    <message>
        <source>Address, VAT number, phone — one per line</source>
        <translation>Adresse, USt-IdNr., Telefon – eine pro Zeile</translation>
    </message>
    <message>
        <source>Thank you, return policy, opening hours — one per line</source>
        <translation>Dank, Rückgaberecht, Öffnungszeiten – eins pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfzeilen</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Fußzeilen</translation>
    </message>
    <message>
        <source>Saved. The registers print it after their next sync.</source>
        <translation>Gespeichert. Die Kassen drucken es nach ihrem nächsten Abgleich.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::RefundDialog</name>
    <message>
        <source>Put the goods back in stock</source>
        <translation>Waren wieder in den Bestand aufnehmen</translation>
    </message>
    <message>
        <source>Refund order %1</source>
        <translation>Bestellung %1 erstatten</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Store credit of %1</source>
        <translation>Guthaben von %1</translation>
    </message>
    <message>
        <source>Money back by</source>
        <translation>Erstattung per</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Erstatten</translation>
    </message>
    <message>
        <source>Refund %1 of %2 still refundable</source>
        <translation>%1 von noch erstattbaren %2 erstatten</translation>
    </message>
    <message>
        <source>Write each quantity coming back as a number.</source>
        <translation>Jede zurückkommende Menge als Zahl eingeben.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::StockHistoryDialog</name>
    <message>
        <source>Asking the server…</source>
        <translation>Der Server wird gefragt…</translation>
    </message>
    <message>
        <source>Stock history: %1</source>
        <translation>Bestandsverlauf: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>No movements yet.</source>
        <translation>Noch keine Bewegungen.</translation>
    </message>
    <message>
        <source>%1 movements.</source>
        <translation>%1 Bewegungen.</translation>
    </message>
    <message>
        <source>Offline: only the sales known here and this office&apos;s bookings not sent yet are shown (%1); the whole history needs the server.</source>
        <translation>Offline: Nur die hier bekannten Verkäufe und die noch nicht gesendeten Buchungen dieses Büros werden gezeigt (%1); die ganze Historie braucht den Server.</translation>
    </message>
    <message>
        <source>Filter movements</source>
        <translation>Bewegungen filtern</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::StockScreen</name>
    <message>
        <source>Levels</source>
        <translation>Bestände</translation>
    </message>
    <message>
        <source>Receive, transfer, write off</source>
        <translation>Eingang, Umlagerung, Abschreibung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Zählung</translation>
    </message>
    <message>
        <source>Only what is low</source>
        <translation>Nur knappe Artikel</translation>
    </message>
    <message>
        <source>SKU or name</source>
        <translation>SKU oder Name</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <source>Transfer to another store</source>
        <translation>Umlagerung in eine andere Filiale</translation>
    </message>
    <message>
        <source>Write off damaged goods</source>
        <translation>Beschädigte Ware abschreiben</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>To store</source>
        <translation>In Filiale</translation>
    </message>
    <message>
        <source>Blind count (hide what is expected)</source>
        <translation>Blindzählung (Erwartetes ausblenden)</translation>
    </message>
    <message>
        <source>&amp;Make sheet</source>
        <translation>Zähl&amp;liste erstellen</translation>
    </message>
    <message>
        <source>&amp;Send count</source>
        <translation>Zählung &amp;senden</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Filialen</translation>
    </message>
    <message>
        <source>Every item</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Booked: %1 lines. The server hears of it with the next sync.</source>
        <translation>Gebucht: %1 Zeilen. Der Server erfährt es beim nächsten Abgleich.</translation>
    </message>
    <message>
        <source>%1 items to count. Leave a line empty if it was not counted; type 0 for none.</source>
        <translation>%1 Artikel zu zählen. Nicht gezählte Zeilen leer lassen; 0 für keine eingeben.</translation>
    </message>
    <message>
        <source>Count of %1 items sent.</source>
        <translation>Zählung von %1 Artikeln gesendet.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::StoresScreen</name>
    <message>
        <source>Prices include tax</source>
        <translation>Preise enthalten Steuer</translation>
    </message>
    <message>
        <source>Filter by name, code or city (Ctrl+F)</source>
        <translation>Nach Name, Code oder Ort filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>z. B. DE</translation>
    </message>
    <message>
        <source>e.g. standard 19 %, reduced 7 %, zero 0 %</source>
        <translation>z. B. standard 19 %, reduced 7 %, zero 0 %</translation>
    </message>
    <message>
        <source>No loyalty points</source>
        <translation>Keine Treuepunkte</translation>
    </message>
    <message>
        <source>e.g. hamburg</source>
        <translation>z. B. hamburg</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Add store</source>
        <translation>Filiale &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code, city, country</source>
        <translation>PLZ, Ort, Land</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <source>Loyalty points per unit</source>
        <translation>Treuepunkte je Einheit</translation>
    </message>
    <message>
        <source>New store (needs the server)</source>
        <translation>Neue Filiale (braucht den Server)</translation>
    </message>
    <message>
        <source>Choose a store first.</source>
        <translation>Wählen Sie zuerst eine Filiale.</translation>
    </message>
    <message>
        <source>Saved. The registers use the new settings after their next sync.</source>
        <translation>Gespeichert. Die Kassen verwenden die neuen Einstellungen nach ihrer nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>%1 is made; it shows in the list after the next sync. Enrol its registers under Registers &amp; staff.</source>
        <translation>%1 ist angelegt; sie erscheint nach der nächsten Synchronisierung in der Liste. Melden Sie ihre Kassen unter „Kassen und Personal“ an.</translation>
    </message>
</context>
<context>
    <name>tp::client::ChangePuller</name>
    <message>
        <source>The server sent changes that could not be read; they will be fetched again.</source>
        <translation>Der Server hat Änderungen gesendet, die nicht gelesen werden konnten; sie werden erneut abgerufen.</translation>
    </message>
    <message>
        <source>Changes from the server could not be saved: %1</source>
        <translation>Änderungen vom Server konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Fetching changes was cancelled.</source>
        <translation>Das Abrufen der Änderungen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tp::client::CredentialStore</name>
    <message>
        <source>No secure keychain is available, so this device cannot keep its credentials. Start and unlock the desktop keyring (the Secret Service, e.g. GNOME Keyring or KWallet) and try again. Details: %1</source>
        <translation>Kein sicherer Schlüsselbund verfügbar, daher kann dieses Gerät seine Zugangsdaten nicht speichern. Den Schlüsselbund der Arbeitsumgebung (den Secret Service, z. B. GNOME Keyring oder KWallet) starten, entsperren und erneut versuchen. Details: %1</translation>
    </message>
    <message>
        <source>No such credential is stored.</source>
        <translation>Diese Zugangsdaten sind nicht gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: %1</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldet einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>tp::client::DeviceEnrolment</name>
    <message>
        <source>&quot;%1&quot; is not a server address such as https://shop.example.com.</source>
        <translation>„%1“ ist keine Serveradresse wie https://shop.example.com.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2).</source>
        <translation>Der Server unter %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The enrolment code is not valid: it may be mistyped, used already or older than a day. Make a new one in the backoffice.</source>
        <translation>Der Anmeldecode ist ungültig: vertippt, schon benutzt oder älter als einen Tag. Erstellen Sie im Backoffice einen neuen.</translation>
    </message>
    <message>
        <source>The server refused the enrolment (HTTP %1%2).</source>
        <translation>Der Server hat die Anmeldung abgelehnt (HTTP %1%2).</translation>
    </message>
</context>
<context>
    <name>tp::client::OutboxUploader</name>
    <message>
        <source>The server&apos;s answer to an upload could not be read; nothing was lost, it will be sent again.</source>
        <translation>Die Antwort des Servers auf eine Übertragung konnte nicht gelesen werden; nichts ist verloren, sie wird erneut gesendet.</translation>
    </message>
    <message>
        <source>The outbox could not be read or updated: %1</source>
        <translation>Die ausstehenden Übertragungen konnten nicht gelesen oder aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>tp::client::ReplicaDatabase</name>
    <message>
        <source>Cannot open the local database %1</source>
        <translation>Die lokale Datenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The local database cannot use write-ahead logging</source>
        <translation>Die lokale Datenbank kann kein Write-Ahead-Logging verwenden</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot commit a transaction</source>
        <translation>Transaktion kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Cannot prepare a statement</source>
        <translation>Datenbankanweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>A database statement failed</source>
        <translation>Datenbankanweisung fehlgeschlagen</translation>
    </message>
    <message>
        <source>A database query failed</source>
        <translation>Datenbankabfrage fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>tp::client::StaffSession</name>
    <message>
        <source>&quot;%1&quot; is not a server address such as https://shop.example.com.</source>
        <translation>„%1“ ist keine Serveradresse wie https://shop.example.com.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2).</source>
        <translation>Der Server unter %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The session has ended; log in again.</source>
        <translation>Die Sitzung ist abgelaufen; bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>This shop&apos;s account is suspended: %1</source>
        <translation>Das Konto dieses Geschäfts ist gesperrt: %1</translation>
    </message>
    <message>
        <source>Too many attempts; wait a few minutes and try again.</source>
        <translation>Zu viele Versuche; bitte einige Minuten warten.</translation>
    </message>
    <message>
        <source>The server refused the login (HTTP %1%2).</source>
        <translation>Der Server hat die Anmeldung abgelehnt (HTTP %1%2).</translation>
    </message>
</context>
<context>
    <name>tp::client::SyncApi</name>
    <message>
        <source>The server&apos;s answer could not be understood; it will be tried again.</source>
        <translation>Die Antwort des Servers war unverständlich; es wird erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>Der Server ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>The server no longer accepts this device&apos;s credentials; enrol the device again.</source>
        <translation>Der Server akzeptiert die Zugangsdaten dieses Geräts nicht mehr; das Gerät erneut registrieren.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); nothing was lost, it will be tried again.</source>
        <translation>Der Server hatte ein Problem (HTTP %1); nichts ist verloren, es wird erneut versucht.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>tp::client::SyncState</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload</source>
        <translation>
            <numerusform>%n Änderung wartet auf das Hochladen</numerusform>
            <numerusform>%n Änderungen warten auf das Hochladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server: see the list</source>
        <translation>
            <numerusform>%n vom Server abgelehnt: siehe Liste</numerusform>
            <numerusform>%n vom Server abgelehnt: siehe Liste</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>letzter Abgleich %1</translation>
    </message>
</context>
<context>
    <name>tp::client::TypedInput</name>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>„%1“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>„%1“ ist keine Menge.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100.</source>
        <translation>„%1“ ist kein Prozentsatz von 0 bis 100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a discount; type an amount or a percentage such as 10%.</source>
        <translation>„%1“ ist kein Rabatt; geben Sie einen Betrag oder einen Prozentsatz wie 10% ein.</translation>
    </message>
</context>
<context>
    <name>tp::pos::AppliedCoupon</name>
    <message>
        <source>The coupon %1 could not be read; ask the office to check it.</source>
        <translation>Der Gutschein %1 ist nicht lesbar; bitte das Büro, ihn zu prüfen.</translation>
    </message>
    <message>
        <source>The coupon %1 could not be read back.</source>
        <translation>Der Gutschein %1 konnte nicht wieder gelesen werden.</translation>
    </message>
    <message>
        <source>No coupon has this code.</source>
        <translation>Kein Gutschein hat diesen Code.</translation>
    </message>
    <message>
        <source>This coupon is no longer in use.</source>
        <translation>Dieser Gutschein wird nicht mehr verwendet.</translation>
    </message>
    <message>
        <source>This coupon is for another currency than this store&apos;s.</source>
        <translation>Dieser Gutschein gilt für eine andere Währung als die dieser Filiale.</translation>
    </message>
    <message>
        <source>This coupon is not valid yet.</source>
        <translation>Dieser Gutschein gilt noch nicht.</translation>
    </message>
    <message>
        <source>This coupon has expired.</source>
        <translation>Dieser Gutschein ist abgelaufen.</translation>
    </message>
    <message>
        <source>This coupon has been used up.</source>
        <translation>Dieser Gutschein ist aufgebraucht.</translation>
    </message>
    <message>
        <source>This coupon is once per customer: attach the customer first (Ctrl+K).</source>
        <translation>Dieser Gutschein gilt einmal pro Kunde: zuerst den Kunden zuordnen (Strg+K).</translation>
    </message>
    <message>
        <source>This customer has already used this coupon.</source>
        <translation>Dieser Kunde hat den Gutschein schon eingelöst.</translation>
    </message>
    <message>
        <source>The sale does not reach this coupon&apos;s minimum yet.</source>
        <translation>Der Verkauf erreicht den Mindestwert des Gutscheins noch nicht.</translation>
    </message>
    <message>
        <source>No item on the sale is one this coupon is for.</source>
        <translation>Kein Artikel im Verkauf fällt unter diesen Gutschein.</translation>
    </message>
    <message>
        <source>The sale has a coupon already; remove it first.</source>
        <translation>Der Verkauf hat schon einen Gutschein; zuerst entfernen.</translation>
    </message>
    <message>
        <source>This coupon cannot be used.</source>
        <translation>Dieser Gutschein kann nicht eingelöst werden.</translation>
    </message>
</context>
<context>
    <name>tp::pos::CustomerBook</name>
    <message>
        <source>Type the customer&apos;s name (then, with commas, an e-mail or a phone).</source>
        <translation>Geben Sie den Namen des Kunden ein (dann, mit Kommas, eine E-Mail oder Telefonnummer).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>tp::pos::DrawerControl</name>
    <message>
        <source>The cash drawer did not open (%1). Open it with its key; the sale is saved.</source>
        <translation>Die Kassenlade hat sich nicht geöffnet (%1). Öffnen Sie sie mit dem Schlüssel; der Verkauf ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ParkedTickets</name>
    <message>
        <source>Nothing has been rung up to park.</source>
        <translation>Es wurde nichts erfasst, das geparkt werden könnte.</translation>
    </message>
    <message>
        <source>Payment has started; finish or remove the payments before parking.</source>
        <translation>Die Zahlung hat begonnen; schließen Sie die Zahlungen ab oder entfernen Sie sie vor dem Parken.</translation>
    </message>
    <message>
        <source>That parked sale is not here any more (recalled already?).</source>
        <translation>Dieser geparkte Verkauf ist nicht mehr da (schon aufgerufen?).</translation>
    </message>
</context>
<context>
    <name>tp::pos::ReceiptDesk</name>
    <message numerus="yes">
        <source>Receipt %1 is not printed: %2. The sale is saved; the receipt prints when the printer is fixed (next try in %n second(s)).</source>
        <translation>
            <numerusform>Bon %1 ist nicht gedruckt: %2. Der Verkauf ist gespeichert; der Bon wird gedruckt, sobald der Drucker wieder geht (nächster Versuch in %n Sekunde).</numerusform>
            <numerusform>Bon %1 ist nicht gedruckt: %2. Der Verkauf ist gespeichert; der Bon wird gedruckt, sobald der Drucker wieder geht (nächster Versuch in %n Sekunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>No sale numbered %1 was rung on this register.</source>
        <translation>An dieser Kasse wurde kein Verkauf mit der Nummer %1 gebucht.</translation>
    </message>
    <message>
        <source>No receipt printer is set up; the sale is saved.</source>
        <translation>Kein Bondrucker eingerichtet; der Verkauf ist gespeichert.</translation>
    </message>
    <message>
        <source>The receipt of %1 could not be read back.</source>
        <translation>Der Bon von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No sale has been rung on this register yet.</source>
        <translation>An dieser Kasse wurde noch kein Verkauf gebucht.</translation>
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation>Kein Bondrucker eingerichtet.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ReceiptFacts</name>
    <message>
        <source>%1% off</source>
        <translation>%1 % Rabatt</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>coupon %1</source>
        <translation>Gutschein %1</translation>
    </message>
    <message>
        <source>Gift card …%1</source>
        <translation>Gutschein …%1</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>tp::pos::ReceiptReturns</name>
    <message>
        <source>Pick the lines that come back.</source>
        <translation>Wählen Sie die Positionen, die zurückkommen.</translation>
    </message>
    <message>
        <source>Say why the items come back.</source>
        <translation>Geben Sie an, warum die Artikel zurückkommen.</translation>
    </message>
    <message>
        <source>There is no line %1 on receipt %2.</source>
        <translation>Auf Bon %2 gibt es keine Position %1.</translation>
    </message>
    <message>
        <source>Of %1 only %2 can come back.</source>
        <translation>Von %1 können nur %2 zurückkommen.</translation>
    </message>
    <message>
        <source>Part of the money goes back to the card: refund it on the terminal and enter the terminal&apos;s reference.</source>
        <translation>Ein Teil des Geldes geht auf die Karte zurück: Erstatten Sie ihn am Terminal und geben Sie dessen Referenz ein.</translation>
    </message>
    <message>
        <source>No sale numbered %1 is known here (other tills&apos; sales arrive with the sync); a return without it needs a manager.</source>
        <translation>Hier ist kein Verkauf mit der Nummer %1 bekannt (Verkäufe anderer Kassen kommen mit dem Abgleich); eine Rückgabe ohne Beleg braucht eine Führungskraft.</translation>
    </message>
</context>
<context>
    <name>tp::pos::Sale</name>
    <message>
        <source>Payment has started; remove the payments to change the sale.</source>
        <translation>Die Zahlung hat begonnen; entfernen Sie die Zahlungen, um den Verkauf zu ändern.</translation>
    </message>
    <message>
        <source>There is no line %1 on this sale.</source>
        <translation>Dieser Verkauf hat keine Zeile %1.</translation>
    </message>
    <message>
        <source>Payment has started; remove the payments to add items.</source>
        <translation>Die Zahlung hat begonnen; entfernen Sie die Zahlungen, um Artikel hinzuzufügen.</translation>
    </message>
    <message>
        <source>A quantity of 0 adds nothing.</source>
        <translation>Eine Menge von 0 fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>%1 is priced in %2, but this store sells in %3.</source>
        <translation>%1 hat einen Preis in %2, aber diese Filiale verkauft in %3.</translation>
    </message>
    <message>
        <source>A quantity of 0 is not a sale; void the line instead.</source>
        <translation>Eine Menge von 0 ist kein Verkauf; stornieren Sie stattdessen die Zeile.</translation>
    </message>
    <message>
        <source>Payment has started; remove the payments to give a discount.</source>
        <translation>Die Zahlung hat begonnen; entfernen Sie die Zahlungen, um einen Rabatt zu geben.</translation>
    </message>
    <message>
        <source>Say why the line is voided.</source>
        <translation>Geben Sie an, warum die Zeile storniert wird.</translation>
    </message>
    <message>
        <source>Nothing has been rung up yet.</source>
        <translation>Es wurde noch nichts erfasst.</translation>
    </message>
    <message>
        <source>The cash taken must be more than nothing.</source>
        <translation>Der erhaltene Barbetrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>Nothing is left to pay.</source>
        <translation>Es ist nichts mehr zu bezahlen.</translation>
    </message>
    <message>
        <source>A card payment must be more than nothing.</source>
        <translation>Eine Kartenzahlung muss größer als null sein.</translation>
    </message>
    <message>
        <source>A card pays at most what is due.</source>
        <translation>Mit Karte kann höchstens der offene Betrag bezahlt werden.</translation>
    </message>
    <message>
        <source>Enter the card terminal&apos;s reference for this payment.</source>
        <translation>Geben Sie die Referenz des Kartenterminals für diese Zahlung ein.</translation>
    </message>
    <message>
        <source>The sale is not paid in full yet.</source>
        <translation>Der Verkauf ist noch nicht vollständig bezahlt.</translation>
    </message>
    <message>
        <source>The saved sale could not be read back.</source>
        <translation>Der gespeicherte Verkauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The saved sale belongs to another store.</source>
        <translation>Der gespeicherte Verkauf gehört zu einer anderen Filiale.</translation>
    </message>
    <message>
        <source>A price cannot be below zero; ring the item as a return instead.</source>
        <translation>Ein Preis kann nicht unter null liegen; buchen Sie den Artikel stattdessen als Rückgabe.</translation>
    </message>
    <message>
        <source>Say why the price is changed.</source>
        <translation>Geben Sie an, warum der Preis geändert wird.</translation>
    </message>
    <message>
        <source>Nothing is owed to the customer.</source>
        <translation>Dem Kunden wird nichts geschuldet.</translation>
    </message>
    <message>
        <source>Payment has started; remove the payments to use a coupon.</source>
        <translation>Die Zahlung hat begonnen; für einen Gutschein die Zahlungen entfernen.</translation>
    </message>
    <message>
        <source>A gift card payment must be more than nothing.</source>
        <translation>Eine Zahlung mit Geschenkkarte muss mehr als nichts sein.</translation>
    </message>
    <message>
        <source>A gift card pays at most what is due.</source>
        <translation>Eine Geschenkkarte zahlt höchstens den offenen Betrag.</translation>
    </message>
    <message>
        <source>Enter or scan the gift card&apos;s code.</source>
        <translation>Code der Geschenkkarte eingeben oder scannen.</translation>
    </message>
    <message>
        <source>Store credit is a customer&apos;s: attach the customer first (Ctrl+K).</source>
        <translation>Guthaben gehört einem Kunden: zuerst den Kunden zuordnen (Strg+K).</translation>
    </message>
    <message>
        <source>A store credit payment must be more than nothing.</source>
        <translation>Eine Zahlung mit Guthaben muss mehr als nichts sein.</translation>
    </message>
    <message>
        <source>Store credit pays at most what is due.</source>
        <translation>Guthaben zahlt höchstens den offenen Betrag.</translation>
    </message>
</context>
<context>
    <name>tp::pos::SaleRecorder</name>
    <message>
        <source>The sale is not paid in full yet.</source>
        <translation>Der Verkauf ist noch nicht vollständig bezahlt.</translation>
    </message>
    <message>
        <source>Say why the sale is voided.</source>
        <translation>Geben Sie an, warum der Verkauf storniert wird.</translation>
    </message>
    <message>
        <source>Payments were taken; remove or refund them before voiding the sale.</source>
        <translation>Es wurden Zahlungen angenommen; entfernen oder erstatten Sie sie, bevor Sie den Verkauf stornieren.</translation>
    </message>
    <message>
        <source>Nothing has been rung up to void.</source>
        <translation>Es wurde nichts erfasst, das storniert werden könnte.</translation>
    </message>
</context>
<context>
    <name>tp::pos::SaleSupervisor</name>
    <message>
        <source>A discount of %1 on a line is more than a cashier may give alone (%2): a manager&apos;s PIN is needed.</source>
        <translation>Ein Rabatt von %1 auf eine Position ist mehr, als eine Kassenkraft allein geben darf (%2): Die PIN einer Filialleitung ist nötig.</translation>
    </message>
    <message>
        <source>A discount of %1 on the sale is more than a cashier may give alone (%2): a manager&apos;s PIN is needed.</source>
        <translation>Ein Rabatt von %1 auf den Verkauf ist mehr, als eine Kassenkraft allein geben darf (%2): Die PIN einer Filialleitung ist nötig.</translation>
    </message>
    <message>
        <source>A cashier may not lower a price alone: a manager&apos;s PIN is needed.</source>
        <translation>Eine Kassenkraft darf einen Preis nicht allein senken: Die PIN einer Filialleitung ist nötig.</translation>
    </message>
    <message>
        <source>Lowering the price by %1 is more than a cashier may alone (%2): a manager&apos;s PIN is needed.</source>
        <translation>Den Preis um %1 zu senken ist mehr, als eine Kassenkraft allein darf (%2): Die PIN einer Filialleitung ist nötig.</translation>
    </message>
    <message>
        <source>Say how many come back.</source>
        <translation>Geben Sie an, wie viele zurückkommen.</translation>
    </message>
    <message>
        <source>An item coming back without its receipt needs a manager&apos;s PIN.</source>
        <translation>Eine Rückgabe ohne Bon braucht die PIN einer Filialleitung.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ShiftBook</name>
    <message>
        <source>No shift is open; open one with the float in the drawer first.</source>
        <translation>Keine Schicht ist geöffnet; öffnen Sie eine mit dem Wechselgeld in der Kasse.</translation>
    </message>
    <message>
        <source>The float cannot be below zero.</source>
        <translation>Das Wechselgeld kann nicht unter null liegen.</translation>
    </message>
    <message>
        <source>A shift is open already (since %1); close it first.</source>
        <translation>Es ist bereits eine Schicht geöffnet (seit %1); schließen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out.</source>
        <translation>Geben Sie an, warum Bargeld eingelegt oder entnommen wird.</translation>
    </message>
    <message>
        <source>The drawer should hold only %1; %2 cannot be taken out.</source>
        <translation>In der Kasse sollten nur %1 sein; %2 können nicht entnommen werden.</translation>
    </message>
    <message>
        <source>The X report shows the cash expected in the drawer; a manager reads it, so that the count at the close stays blind.</source>
        <translation>Der X-Bericht zeigt den erwarteten Kassenbestand; ihn liest eine Filialleitung, damit die Zählung beim Abschluss blind bleibt.</translation>
    </message>
    <message>
        <source>The counted cash cannot be below zero.</source>
        <translation>Das gezählte Bargeld kann nicht unter null liegen.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ShiftReportRows</name>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Other tenders</source>
        <translation>Andere Zahlungsarten</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rückgaben</translation>
    </message>
    <message>
        <source>Cash paid back</source>
        <translation>Bar zurückgezahlt</translation>
    </message>
    <message>
        <source>Card refunds</source>
        <translation>Kartenerstattungen</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation>Erwartet in der Kasse</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>The drawer is right.</source>
        <translation>Die Kasse stimmt.</translation>
    </message>
    <message>
        <source>Over by</source>
        <translation>Überschuss</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>Fehlbetrag</translation>
    </message>
</context>
<context>
    <name>tp::pos::StaffLogin</name>
    <message>
        <source>This person is not known at this register yet; their PIN arrives with the next sync.</source>
        <translation>Diese Person ist an dieser Kasse noch nicht bekannt; ihre PIN kommt mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>%1 may not work at the register any more.</source>
        <translation>%1 darf nicht mehr an der Kasse arbeiten.</translation>
    </message>
    <message>
        <source>%1 has no register PIN yet; set one in the backoffice.</source>
        <translation>%1 hat noch keine Kassen-PIN; legen Sie eine im Backoffice fest.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: %1 is locked out until %2.</source>
        <translation>Zu viele falsche PINs: %1 ist bis %2 gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %1 is now locked out for %n minute(s).</source>
        <translation>
            <numerusform>Falsche PIN. %1 ist jetzt für %n Minute gesperrt.</numerusform>
            <numerusform>Falsche PIN. %1 ist jetzt für %n Minuten gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before the lockout.</source>
        <translation>
            <numerusform>Falsche PIN. Noch %n Versuch bis zur Sperre.</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche bis zur Sperre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why this is approved.</source>
        <translation>Geben Sie an, warum dies genehmigt wird.</translation>
    </message>
    <message>
        <source>%1 cannot approve this; a manager must.</source>
        <translation>%1 kann das nicht genehmigen; das muss eine Filialleitung tun.</translation>
    </message>
</context>
<context>
    <name>tp::pos::Till</name>
    <message>
        <source>Log in with your PIN first.</source>
        <translation>Melden Sie sich zuerst mit Ihrer PIN an.</translation>
    </message>
    <message>
        <source>Finish, park or void the sale on the screen before closing the shift.</source>
        <translation>Schließen Sie den Verkauf auf dem Bildschirm ab, parken oder stornieren Sie ihn, bevor Sie die Schicht schließen.</translation>
    </message>
    <message>
        <source>Open a shift with the float in the drawer first.</source>
        <translation>Öffnen Sie zuerst eine Schicht mit dem Wechselgeld in der Kasse.</translation>
    </message>
    <message>
        <source>No item has the code %1.</source>
        <translation>Kein Artikel hat den Code %1.</translation>
    </message>
    <message>
        <source>Park or finish the sale on the screen before recalling another.</source>
        <translation>Parken oder beenden Sie den Verkauf auf dem Bildschirm, bevor Sie einen anderen zurückholen.</translation>
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation>Kein Bondrucker eingerichtet.</translation>
    </message>
    <message>
        <source>The sale is not settled yet.</source>
        <translation>Der Verkauf ist noch nicht beglichen.</translation>
    </message>
    <message>
        <source>The scale label %1 names item %2, which this register does not know.</source>
        <translation>Das Waagenetikett %1 nennt Artikel %2, den diese Kasse nicht kennt.</translation>
    </message>
    <message>
        <source>Payment has started; remove the payments to change the customer.</source>
        <translation>Die Zahlung hat begonnen; entfernen Sie die Zahlungen, um den Kunden zu ändern.</translation>
    </message>
    <message>
        <source>The sale on the screen could not be kept on disk (%1); finish it soon.</source>
        <translation>Der Verkauf auf dem Bildschirm konnte nicht auf der Festplatte gesichert werden (%1); schließen Sie ihn bald ab.</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z-Bericht</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-Bericht</translation>
    </message>
    <message>
        <source>No cash drawer is set up.</source>
        <translation>Keine Kassenlade eingerichtet.</translation>
    </message>
    <message>
        <source>The sale has no coupon.</source>
        <translation>Der Verkauf hat keinen Gutschein.</translation>
    </message>
    <message>
        <source>The coupon %1 was taken off: %2</source>
        <translation>Der Gutschein %1 wurde entfernt: %2</translation>
    </message>
    <message>
        <source>No gift card has this code.</source>
        <translation>Keine Geschenkkarte hat diesen Code.</translation>
    </message>
    <message>
        <source>The customer has no store credit.</source>
        <translation>Der Kunde hat kein Guthaben.</translation>
    </message>
    <message>
        <source>The balance cannot be checked now (%1); take another payment.</source>
        <translation>Der Saldo kann gerade nicht geprüft werden (%1); bitte anders bezahlen lassen.</translation>
    </message>
    <message>
        <source>The balance cannot be checked now (%1); without a check at most %2 can be taken.</source>
        <translation>Der Saldo kann gerade nicht geprüft werden (%1); ohne Prüfung höchstens %2.</translation>
    </message>
    <message>
        <source>This gift card is blocked; ask the office.</source>
        <translation>Diese Geschenkkarte ist gesperrt; bitte im Büro nachfragen.</translation>
    </message>
    <message>
        <source>This gift card is in %1, this store sells in %2.</source>
        <translation>Diese Geschenkkarte ist in %1, diese Filiale verkauft in %2.</translation>
    </message>
    <message>
        <source>The gift card holds only %1.</source>
        <translation>Auf der Geschenkkarte sind nur %1.</translation>
    </message>
    <message>
        <source>The customer&apos;s store credit is only %1.</source>
        <translation>Das Guthaben des Kunden beträgt nur %1.</translation>
    </message>
    <message>
        <source>The sale changed while the balance was checked; take the payment again.</source>
        <translation>Der Verkauf hat sich während der Prüfung geändert; Zahlung bitte erneut erfassen.</translation>
    </message>
    <message>
        <source>this register has no server to ask</source>
        <translation>diese Kasse hat keinen Server zum Fragen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>This register keeps no receipts to send.</source>
        <translation>Diese Kasse bewahrt keine Belege zum Versenden auf.</translation>
    </message>
    <message>
        <source>No sale has been rung on this register yet.</source>
        <translation>An dieser Kasse wurde noch nichts verkauft.</translation>
    </message>
    <message>
        <source>Your receipt %1 from %2</source>
        <translation>Ihr Beleg %1 von %2</translation>
    </message>
</context>
<context>
    <name>tp::pos::app::EnrolmentScreen</name>
    <message>
        <source>Enrol this register</source>
        <translation>Diese Kasse anmelden</translation>
    </message>
    <message>
        <source>Set up this register</source>
        <translation>Diese Kasse einrichten</translation>
    </message>
    <message>
        <source>In the backoffice, make an enrolment code for this till (Registers → New register). Type the server&apos;s address and the code here.</source>
        <translation>Erstellen Sie im Backoffice einen Anmeldecode für diese Kasse (Kassen → Neue Kasse). Geben Sie hier die Adresse des Servers und den Code ein.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Frage den Server …</translation>
    </message>
</context>
<context>
    <name>tp::pos::app::FirstSyncScreen</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Bringing the shop&apos;s catalog to this register</source>
        <translation>Der Katalog des Ladens kommt auf diese Kasse</translation>
    </message>
    <message>
        <source>%1 changes so far.</source>
        <translation>Bisher %1 Änderungen.</translation>
    </message>
    <message>
        <source>%1 changes so far (%2 %).</source>
        <translation>Bisher %1 Änderungen (%2 %).</translation>
    </message>
</context>
<context>
    <name>tp::pos::app::RegisterApp</name>
    <message>
        <source>Tillpoint — set up this register</source>
        <translation>Tillpoint — diese Kasse einrichten</translation>
    </message>
    <message>
        <source>The first sync stopped; press Go on to continue from where it stopped.</source>
        <translation>Die erste Synchronisierung wurde angehalten; „Weiter“ setzt dort fort, wo sie stand.</translation>
    </message>
    <message>
        <source>Offline — sales are kept and sent when the server is back</source>
        <translation>Offline — Verkäufe werden aufbewahrt und gesendet, sobald der Server wieder da ist</translation>
    </message>
    <message>
        <source>The receipt printer &quot;%1&quot; cannot be used: %2</source>
        <translation>Der Bondrucker „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The barcode scanner &quot;%1&quot; cannot be used: %2</source>
        <translation>Der Barcodescanner „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Barcode scanner: %1</source>
        <translation>Barcodescanner: %1</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::CashDrawer</name>
    <message>
        <source>A serial drawer does not report whether it is open.</source>
        <translation>Eine serielle Kassenschublade meldet nicht, ob sie offen ist.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::Code128</name>
    <message>
        <source>A CODE128 barcode needs at least one character.</source>
        <translation>Ein CODE128-Barcode braucht mindestens ein Zeichen.</translation>
    </message>
    <message>
        <source>CODE128 holds only ASCII characters.</source>
        <translation>CODE128 kann nur ASCII-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The CODE128 data is too long for one barcode.</source>
        <translation>Die CODE128-Daten sind zu lang für einen Barcode.</translation>
    </message>
    <message>
        <source>An EAN-13 needs 12 digits, or 13 with a correct check digit.</source>
        <translation>Ein EAN-13 braucht 12 Ziffern oder 13 mit korrekter Prüfziffer.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::DeviceDiscovery</name>
    <message>
        <source>(cannot open: %1)</source>
        <translation>(kann nicht geöffnet werden: %1)</translation>
    </message>
    <message>
        <source>bus %1 device %2 %3</source>
        <translation>Bus %1 Gerät %2 %3</translation>
    </message>
    <message>
        <source>cannot list USB devices: %1</source>
        <translation>USB-Geräte können nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::DeviceUri</name>
    <message>
        <source>Device &quot;%1&quot;: %2</source>
        <translation>Gerät „%1“: %2</translation>
    </message>
    <message>
        <source>use usb://&lt;vid&gt;:&lt;pid&gt;[/&lt;serial&gt;], serial:///dev/ttyUSB0?baud=19200, tcp://host:9100 or file:///path</source>
        <translation>usb://&lt;vid&gt;:&lt;pid&gt;[/&lt;serial&gt;], serial:///dev/ttyUSB0?baud=19200, tcp://host:9100 oder file:///path verwenden</translation>
    </message>
    <message>
        <source>the serial number after &quot;/&quot; is empty</source>
        <translation>die Seriennummer nach „/“ ist leer</translation>
    </message>
    <message>
        <source>expected usb://&lt;vid&gt;:&lt;pid&gt; with 4 hex digits each, e.g. usb://04b8:0202</source>
        <translation>usb://&lt;vid&gt;:&lt;pid&gt; mit je 4 Hex-Ziffern erwartet, z. B. usb://04b8:0202</translation>
    </message>
    <message>
        <source>no port given, e.g. serial:///dev/ttyUSB0</source>
        <translation>kein Port angegeben, z. B. serial:///dev/ttyUSB0</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (known: baud, data, parity, stop, flow)</source>
        <translation>unbekannte Option „%1“ (bekannt: baud, data, parity, stop, flow)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>„%1“ ist kein gültiger Wert für %2</translation>
    </message>
    <message>
        <source>no host given, e.g. tcp://192.168.1.50:9100</source>
        <translation>kein Host angegeben, z. B. tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>a tcp:// device takes only a host and a port</source>
        <translation>ein tcp://-Gerät erwartet nur Host und Port</translation>
    </message>
    <message>
        <source>no device given; %1</source>
        <translation>kein Gerät angegeben; %1</translation>
    </message>
    <message>
        <source>not a valid URI (%1)</source>
        <translation>keine gültige URI (%1)</translation>
    </message>
    <message>
        <source>expected an absolute path, e.g. file:///tmp/receipt.bin</source>
        <translation>absoluter Pfad erwartet, z. B. file:///tmp/receipt.bin</translation>
    </message>
    <message>
        <source>no scheme; %1</source>
        <translation>kein Schema; %1</translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot;; %2</source>
        <translation>unbekanntes Schema „%1“; %2</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::EscPosEncoder</name>
    <message>
        <source>The CODE128 barcode is wider than the paper even at its narrowest.</source>
        <translation>Der CODE128-Barcode ist selbst in der schmalsten Einstellung breiter als das Papier.</translation>
    </message>
    <message>
        <source>A QR code needs between 1 and 7089 bytes of data.</source>
        <translation>Ein QR-Code braucht zwischen 1 und 7089 Byte Daten.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::FileTransport</name>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Writing to %1 failed: %2</source>
        <translation>Schreiben nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 cannot report status: it is a file.</source>
        <translation>%1 kann keinen Status melden: Es ist eine Datei.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::PrintJobSpool</name>
    <message>
        <source>Cannot create the print spool folder %1.</source>
        <translation>Der Spool-Ordner für Druckaufträge %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write print job %1 to %2: %3</source>
        <translation>Druckauftrag %1 kann nicht nach %2 geschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::PrintQueue</name>
    <message>
        <source>Printer %1: %2.</source>
        <translation>Drucker %1: %2.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::PrinterStatus</name>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>Deckel offen</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>Papier leer</translation>
    </message>
    <message>
        <source>paper near end</source>
        <translation>Papier fast leer</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>drawer open</source>
        <translation>Kassenschublade offen</translation>
    </message>
    <message>
        <source>drawer closed</source>
        <translation>Kassenschublade geschlossen</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::SerialScanner</name>
    <message>
        <source>Cannot open scanner port %1: %2</source>
        <translation>Scanner-Port %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Scanner on %1 stopped responding: %2</source>
        <translation>Scanner an %1 reagiert nicht mehr: %2</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::SerialTransport</name>
    <message>
        <source>Serial port %1 does not exist: is the printer or its adapter plugged in?</source>
        <translation>Serielle Schnittstelle %1 existiert nicht: Sind Drucker bzw. Adapter angeschlossen?</translation>
    </message>
    <message>
        <source>No permission to open %1 (in use, or the user is not in the dialout group): %2</source>
        <translation>Keine Berechtigung zum Öffnen von %1 (belegt, oder der Benutzer ist nicht in der Gruppe dialout): %2</translation>
    </message>
    <message>
        <source>Cannot open serial port %1: %2</source>
        <translation>Serielle Schnittstelle %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Serial port %1 rejected the line settings (%2 baud): %3</source>
        <translation>Serielle Schnittstelle %1 hat die Leitungseinstellungen abgelehnt (%2 Baud): %3</translation>
    </message>
    <message>
        <source>Writing to serial port %1 failed: %2</source>
        <translation>Schreiben auf serielle Schnittstelle %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Serial printer %1 stopped taking data: %2 of %3 bytes sent in %4 ms.</source>
        <translation>Serieller Drucker %1 nimmt keine Daten mehr an: %2 von %3 Bytes in %4 ms gesendet.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::StatusQuery</name>
    <message>
        <source>Printer %1 did not answer the status request DLE EOT %2 within %3 ms.</source>
        <translation>Drucker %1 hat auf die Statusabfrage DLE EOT %2 nicht innerhalb von %3 ms geantwortet.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::TcpTransport</name>
    <message>
        <source>Printer %1 did not accept a connection within %2 ms.</source>
        <translation>Drucker %1 hat innerhalb von %2 ms keine Verbindung angenommen.</translation>
    </message>
    <message>
        <source>Printer %1 refused the connection: is it switched on and is the port right?</source>
        <translation>Drucker %1 hat die Verbindung abgelehnt: Ist er eingeschaltet und stimmt der Port?</translation>
    </message>
    <message>
        <source>Cannot connect to printer %1: %2</source>
        <translation>Keine Verbindung zu Drucker %1 möglich: %2</translation>
    </message>
    <message>
        <source>Writing to printer %1 failed: %2</source>
        <translation>Schreiben an Drucker %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Printer %1 closed the connection after %2 of %3 bytes: %4</source>
        <translation>Drucker %1 hat die Verbindung nach %2 von %3 Bytes geschlossen: %4</translation>
    </message>
    <message>
        <source>Printer %1 stopped taking data: %2 of %3 bytes sent in %4 ms.</source>
        <translation>Drucker %1 nimmt keine Daten mehr an: %2 von %3 Bytes in %4 ms gesendet.</translation>
    </message>
    <message>
        <source>Printer %1 closed the connection.</source>
        <translation>Drucker %1 hat die Verbindung geschlossen.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::TestPage</name>
    <message>
        <source>Printer test page</source>
        <translation>Drucker-Testseite</translation>
    </message>
    <message>
        <source>Profile: %1 (%2 columns)</source>
        <translation>Profil: %1 (%2 Spalten)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Underlined</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <source>Double width</source>
        <translation>Doppelte Breite</translation>
    </message>
    <message>
        <source>Code table sample:</source>
        <translation>Beispiel Codetabelle:</translation>
    </message>
    <message>
        <source>End of test page</source>
        <translation>Ende der Testseite</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::UsbTransport</name>
    <message>
        <source>USB printer %1 did not respond in time while %2 (%3).</source>
        <translation>USB-Drucker %1 antwortete nicht rechtzeitig beim %2 (%3).</translation>
    </message>
    <message>
        <source>USB printer %1 stalled the endpoint while %2 (%3): check paper and cover, then switch it off and on.</source>
        <translation>USB-Drucker %1 blockierte den Endpunkt beim %2 (%3): Papier und Deckel prüfen, dann aus- und wieder einschalten.</translation>
    </message>
    <message>
        <source>USB printer %1 was disconnected while %2 (%3).</source>
        <translation>USB-Drucker %1 wurde getrennt beim %2 (%3).</translation>
    </message>
    <message>
        <source>No permission to use USB printer %1 while %2 (%3): install the Tillpoint udev rule (see docs/devices.md) and plug the printer in again.</source>
        <translation>Keine Berechtigung für USB-Drucker %1 beim %2 (%3): Tillpoint-udev-Regel installieren (siehe docs/devices.md) und den Drucker neu anschließen.</translation>
    </message>
    <message>
        <source>USB printer %1 is in use by another program or driver while %2 (%3): stop CUPS or other POS software using it.</source>
        <translation>USB-Drucker %1 ist von einem anderen Programm oder Treiber belegt, beim %2 (%3): CUPS oder andere Kassensoftware beenden, die ihn nutzt.</translation>
    </message>
    <message>
        <source>USB printer %1 failed while %2 (%3).</source>
        <translation>USB-Drucker %1: Fehler beim %2 (%3).</translation>
    </message>
    <message>
        <source>listing USB devices</source>
        <translation>Auflisten der USB-Geräte</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>No USB device %1:%2 is connected: check the cable and that the printer is on (tillpoint-pos --list-devices shows what is seen).</source>
        <translation>Kein USB-Gerät %1:%2 angeschlossen: Kabel prüfen und sicherstellen, dass der Drucker eingeschaltet ist (tillpoint-pos --list-devices zeigt die erkannten Geräte).</translation>
    </message>
    <message>
        <source>USB device %1:%2 has no printer interface with a bulk OUT endpoint: it is not a receipt printer in USB printer mode.</source>
        <translation>USB-Gerät %1:%2 hat keine Druckerschnittstelle mit Bulk-OUT-Endpunkt: Es ist kein Bondrucker im USB-Druckermodus.</translation>
    </message>
    <message>
        <source>No USB printer %1:%2 with serial number %3 is connected.</source>
        <translation>Kein USB-Drucker %1:%2 mit Seriennummer %3 angeschlossen.</translation>
    </message>
    <message>
        <source>detaching the kernel driver</source>
        <translation>Lösen des Kernel-Treibers</translation>
    </message>
    <message>
        <source>reading the active configuration</source>
        <translation>Lesen der aktiven Konfiguration</translation>
    </message>
    <message>
        <source>setting the configuration</source>
        <translation>Setzen der Konfiguration</translation>
    </message>
    <message>
        <source>claiming the printer interface</source>
        <translation>Beanspruchen der Druckerschnittstelle</translation>
    </message>
    <message>
        <source>selecting the interface setting</source>
        <translation>Auswählen der Schnittstelleneinstellung</translation>
    </message>
    <message>
        <source>sending data, %1 of %2 bytes sent</source>
        <translation>Senden der Daten, %1 von %2 Bytes gesendet</translation>
    </message>
    <message>
        <source>USB printer %1 has no IN endpoint: it cannot report status.</source>
        <translation>USB-Drucker %1 hat keinen IN-Endpunkt: Er kann keinen Status melden.</translation>
    </message>
    <message>
        <source>reading status</source>
        <translation>Lesen des Status</translation>
    </message>
</context>
<context>
    <name>tp::pos::ui::ItemPicker</name>
    <message>
        <source>That item has nothing this store can sell (no price here, or archived).</source>
        <translation>Von diesem Artikel kann dieser Laden nichts verkaufen (hier kein Preis oder archiviert).</translation>
    </message>
    <message>
        <source>Which one?</source>
        <translation>Welcher?</translation>
    </message>
</context>
<context>
    <name>tp::pos::ui::LoginScreen</name>
    <message>
        <source>Who is working?</source>
        <translation>Wer arbeitet?</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Nobody can log in here yet: set staff PINs in the backoffice, then wait for the sync.</source>
        <translation>Hier kann sich noch niemand anmelden: Legen Sie im Backoffice PINs für das Personal fest und warten Sie auf die Synchronisierung.</translation>
    </message>
    <message>
        <source>Pick your name first.</source>
        <translation>Wählen Sie zuerst Ihren Namen.</translation>
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
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Can come back</source>
        <translation>Rückgabe möglich</translation>
    </message>
    <message>
        <source>Comes back</source>
        <translation>Kommt zurück</translation>
    </message>
    <message>
        <source>Why does it come back?</source>
        <translation>Warum kommt es zurück?</translation>
    </message>
    <message>
        <source>Card terminal&apos;s refund reference (for the card part)</source>
        <translation>Erstattungsreferenz des Kartenterminals (für den Kartenanteil)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Return from receipt %1</source>
        <translation>Rückgabe von Bon %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>in cash</source>
        <translation>bar</translation>
    </message>
    <message>
        <source>to the card</source>
        <translation>auf die Karte</translation>
    </message>
    <message>
        <source>Refunded %1: %2.</source>
        <translation>%1 erstattet: %2.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ui::SaleScreen</name>
    <message>
        <source>Scan or type a code, or type a number and press a function key</source>
        <translation>Code scannen oder eingeben, oder eine Zahl eingeben und eine Funktionstaste drücken</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN der Filialleitung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>Verkaufsrabatt</translation>
    </message>
    <message>
        <source>Void line</source>
        <translation>Position stornieren</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Verkauf stornieren</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Still due: %1</source>
        <translation>Noch offen: %1</translation>
    </message>
    <message>
        <source>Type the quantity, then F2.</source>
        <translation>Geben Sie die Menge ein, dann F2.</translation>
    </message>
    <message>
        <source>Type the new price and why (&quot;12.50 price match&quot;), then F10.</source>
        <translation>Geben Sie den neuen Preis und den Grund ein („12,50 Preisangleich“), dann F10.</translation>
    </message>
    <message>
        <source>Type why the line is voided, then F4.</source>
        <translation>Geben Sie ein, warum die Position storniert wird, dann F4.</translation>
    </message>
    <message>
        <source>The sale is parked; F6 brings it back.</source>
        <translation>Der Verkauf ist geparkt; F6 holt ihn zurück.</translation>
    </message>
    <message>
        <source>No sale is parked.</source>
        <translation>Kein Verkauf ist geparkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) parked; type 1 to %n, then F6.</source>
        <translation>
            <numerusform>%n Verkauf geparkt; geben Sie 1 bis %n ein, dann F6.</numerusform>
            <numerusform>%n Verkäufe geparkt; geben Sie 1 bis %n ein, dann F6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type why the whole sale is voided, then F7.</source>
        <translation>Geben Sie ein, warum der ganze Verkauf storniert wird, dann F7.</translation>
    </message>
    <message>
        <source>Change: %1 — sale %2 saved.</source>
        <translation>Rückgeld: %1 — Verkauf %2 gespeichert.</translation>
    </message>
    <message>
        <source>Type the card terminal&apos;s reference (the amount first for part of the sale), then F9.</source>
        <translation>Geben Sie die Referenz des Kartenterminals ein (für einen Teil des Verkaufs zuerst den Betrag), dann F9.</translation>
    </message>
    <message>
        <source>Sale %1 saved.</source>
        <translation>Verkauf %1 gespeichert.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Nachdruck</translation>
    </message>
    <message>
        <source>Reprinting %1.</source>
        <translation>%1 wird nachgedruckt.</translation>
    </message>
    <message>
        <source>the last receipt</source>
        <translation>der letzte Bon</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number, then Shift+F4.</source>
        <translation>Scannen Sie den Barcode des Bons oder geben Sie seine Nummer ein, dann Umschalt+F4.</translation>
    </message>
    <message>
        <source>Return, no receipt</source>
        <translation>Rückgabe ohne Bon</translation>
    </message>
    <message>
        <source>Scan or type the item that comes back, then Ctrl+F4.</source>
        <translation>Scannen oder tippen Sie den zurückkommenden Artikel, dann Strg+F4.</translation>
    </message>
    <message>
        <source>Give back %1 in cash — sale %2 saved.</source>
        <translation>Geben Sie %1 bar zurück — Verkauf %2 gespeichert.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>%1 is a new customer.</source>
        <translation>%1 ist ein neuer Kunde.</translation>
    </message>
    <message>
        <source>customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>The sale is for no one in particular now.</source>
        <translation>Der Verkauf ist jetzt keinem Kunden zugeordnet.</translation>
    </message>
    <message>
        <source>The sale is for %1.</source>
        <translation>Der Verkauf ist für %1.</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;; Ctrl+Shift+K makes a new one (&quot;Name, e-mail, phone&quot;).</source>
        <translation>Kein Kunde passt zu „%1“; Strg+Umschalt+K legt einen neuen an („Name, E-Mail, Telefon“).</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match: %1. Type more of the name, e-mail or phone.</source>
        <translation>
            <numerusform>%n Kunde passt: %1. Geben Sie mehr vom Namen, der E-Mail oder dem Telefon ein.</numerusform>
            <numerusform>%n Kunden passen: %1. Geben Sie mehr vom Namen, der E-Mail oder dem Telefon ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Lade öffnen</translation>
    </message>
    <message>
        <source>The drawer opens (recorded as a no-sale open).</source>
        <translation>Die Lade öffnet sich (als Öffnung ohne Verkauf festgehalten).</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Coupon %1: nothing off yet. %2</source>
        <translation>Gutschein %1: noch kein Nachlass. %2</translation>
    </message>
    <message>
        <source>Coupon %1: %2</source>
        <translation>Gutschein %1: %2</translation>
    </message>
    <message>
        <source>Type or scan the coupon&apos;s code, then Ctrl+U.</source>
        <translation>Gutscheincode eingeben oder scannen, dann Strg+U.</translation>
    </message>
    <message>
        <source>The coupon is off the sale.</source>
        <translation>Der Gutschein ist vom Verkauf entfernt.</translation>
    </message>
    <message>
        <source>Coupon %1 is on the sale.</source>
        <translation>Gutschein %1 ist im Verkauf.</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Scan or type the gift card&apos;s code (the amount first for part of the sale), then Ctrl+G.</source>
        <translation>Code der Geschenkkarte scannen oder eingeben (für einen Teil des Verkaufs zuerst den Betrag), dann Strg+G.</translation>
    </message>
    <message>
        <source>Checking the gift card…</source>
        <translation>Geschenkkarte wird geprüft…</translation>
    </message>
    <message>
        <source>%1 onto %2&apos;s store credit.</source>
        <translation>%1 auf das Guthaben von %2.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>dem Kunden</translation>
    </message>
    <message>
        <source>Checking the store credit…</source>
        <translation>Guthaben wird geprüft…</translation>
    </message>
    <message>
        <source>%1 points, %2 with this sale</source>
        <translation>%1 Punkte, %2 mit diesem Einkauf</translation>
    </message>
    <message>
        <source>E-mail receipt</source>
        <translation>Beleg per E-Mail</translation>
    </message>
    <message>
        <source>Type the customer&apos;s e-mail address (a receipt number first for another sale), then Ctrl+E.</source>
        <translation>E-Mail-Adresse des Kunden eingeben (für einen anderen Verkauf zuerst die Belegnummer), dann Strg+E.</translation>
    </message>
    <message>
        <source>The receipt goes to %1 with the next sync.</source>
        <translation>Der Beleg geht mit dem nächsten Abgleich an %1.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ui::ShiftScreen</name>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason (cash in or out)</source>
        <translation>Grund (Einlage oder Entnahme)</translation>
    </message>
    <message>
        <source>Open shift with this float</source>
        <translation>Schicht mit diesem Wechselgeld öffnen</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-Bericht</translation>
    </message>
    <message>
        <source>Close shift with this count</source>
        <translation>Schicht mit dieser Zählung schließen</translation>
    </message>
    <message>
        <source>Back to the sale</source>
        <translation>Zurück zum Verkauf</translation>
    </message>
    <message>
        <source>Shift open since %1 (%2), float %3.</source>
        <translation>Schicht offen seit %1 (%2), Wechselgeld %3.</translation>
    </message>
    <message>
        <source>No shift is open. Count the float into the drawer and type it.</source>
        <translation>Keine Schicht ist geöffnet. Zählen Sie das Wechselgeld in die Kasse und geben Sie es ein.</translation>
    </message>
    <message>
        <source>%1 put in the drawer.</source>
        <translation>%1 in die Kasse eingelegt.</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer.</source>
        <translation>%1 aus der Kasse entnommen.</translation>
    </message>
    <message>
        <source>Count the drawer and type what is in it, then F6. (%1)</source>
        <translation>Zählen Sie die Kasse und geben Sie den Bestand ein, dann F6. (%1)</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z-Bericht</translation>
    </message>
    <message>
        <source>The shift is closed and its Z report will reach the server with the next sync.</source>
        <translation>Die Schicht ist geschlossen; ihr Z-Bericht erreicht den Server mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Print X report</source>
        <translation>X-Bericht drucken</translation>
    </message>
    <message>
        <source>The X report is printing.</source>
        <translation>Der X-Bericht wird gedruckt.</translation>
    </message>
</context>
</TS>
