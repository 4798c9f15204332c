<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DemoReceipt</name>
    <message>
        <source>%1: no product with this barcode</source>
        <translation>%1: ningún artículo con este código de barras</translation>
    </message>
    <message>
        <source>%1: no product with this scale label</source>
        <translation>%1: ningún artículo con esta etiqueta de balanza</translation>
    </message>
    <message>
        <source>%1: coupon barcodes are not accepted here; enter the coupon code</source>
        <translation>%1: aquí no se aceptan códigos de barras de cupón; introduzca el código del cupón</translation>
    </message>
    <message>
        <source>%1: not a usable barcode (%2)</source>
        <translation>%1: código de barras no utilizable (%2)</translation>
    </message>
    <message>
        <source>Coupon %1 does not exist</source>
        <translation>El cupón %1 no existe</translation>
    </message>
    <message>
        <source>Coupon %1 not applied: %2</source>
        <translation>Cupón %1 no aplicado: %2</translation>
    </message>
    <message>
        <source>The ticket cannot be priced: %1</source>
        <translation>No se puede calcular el ticket: %1</translation>
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
        <translation>Cupón %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>TOTAL %1</source>
        <translation>TOTAL %1</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Redondeo efectivo</translation>
    </message>
    <message>
        <source>To pay in cash</source>
        <translation>A pagar en efectivo</translation>
    </message>
    <message>
        <source>Not rung up:</source>
        <translation>No registrado:</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Tipo IVA</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rings a demo basket through Tillpoint&apos;s pricing core and prints the receipt.</source>
        <translation>Registra una cesta de demostración con el motor de precios de Tillpoint e imprime el ticket.</translation>
    </message>
    <message>
        <source>Demo store: berlin or zurich.</source>
        <translation>Tienda de demostración: berlin o zurich.</translation>
    </message>
    <message>
        <source>Language and formats, e.g. de_DE.</source>
        <translation>Idioma y formatos, p. ej. es_ES.</translation>
    </message>
    <message>
        <source>Coupon code to apply.</source>
        <translation>Código de cupón a aplicar.</translation>
    </message>
    <message>
        <source>Barcodes to ring instead of the demo basket.</source>
        <translation>Códigos de barras a registrar en lugar de la cesta de demostración.</translation>
    </message>
    <message>
        <source>Unknown demo store &quot;%1&quot;: choose berlin or zurich.</source>
        <translation>Tienda de demostración «%1» desconocida: elija berlin o zurich.</translation>
    </message>
</context>
</TS>
