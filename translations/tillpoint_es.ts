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
    <name>DeviceCommands</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fallida: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes sent to %3.</source>
        <translation>%1: %2 bytes enviados a %3.</translation>
    </message>
    <message>
        <source>USB receipt printers:</source>
        <translation>Impresoras de tickets USB:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>sin resultados</translation>
    </message>
    <message>
        <source>Serial ports:</source>
        <translation>Puertos serie:</translation>
    </message>
    <message>
        <source>Network printers are not discovered: use tcp://&lt;address&gt;:9100.</source>
        <translation>Las impresoras de red no se detectan: use tcp://&lt;address&gt;:9100.</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impresión de prueba</translation>
    </message>
    <message>
        <source>Opening the drawer</source>
        <translation>Apertura del cajón portamonedas</translation>
    </message>
    <message>
        <source>Status request failed: %1</source>
        <translation>Error en la consulta de estado: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only serial and USB-CDC scanners can be tested here; a keyboard-wedge scanner types into any text field.</source>
        <translation>Aquí solo se pueden probar escáneres serie y USB-CDC; un escáner en modo teclado (keyboard wedge) escribe en cualquier campo de texto.</translation>
    </message>
    <message>
        <source>Scanned &quot;%1&quot;: %2</source>
        <translation>Escaneado «%1»: %2</translation>
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
        <translation>Esperando un escaneo en %2 durante %1 s ...</translation>
    </message>
    <message>
        <source>No scan arrived within %1 s: check the scanner&apos;s interface mode (USB-CDC / serial) and baud rate.</source>
        <translation>No se recibió ningún escaneo en %1 s: compruebe el modo de interfaz del escáner (USB-CDC / serie) y la velocidad en baudios.</translation>
    </message>
</context>
<context>
    <name>ImageSync</name>
    <message>
        <source>The server cannot be reached; the images move when it can.</source>
        <translation>No se puede contactar con el servidor; las imágenes se enviarán cuando se pueda.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Fill in the shop, your e-mail address and your password.</source>
        <translation>Indique la tienda, su correo y su contraseña.</translation>
    </message>
</context>
<context>
    <name>OfficeAdmin</name>
    <message>
        <source>This needs the server, which cannot be reached now. Try again when the status bar says online.</source>
        <translation>Esto necesita el servidor, que ahora no está disponible. Vuelva a intentarlo cuando la barra de estado indique «en línea».</translation>
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
        <translation>Descuento</translation>
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
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Tipo IVA</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Le atendió %1</translation>
    </message>
</context>
<context>
    <name>ReceiptTemplateEditor</name>
    <message>
        <source>Sample cashier</source>
        <translation>Cajero de ejemplo</translation>
    </message>
    <message>
        <source>Mug</source>
        <translation>Taza</translation>
    </message>
    <message>
        <source>Organic tee</source>
        <translation>Camiseta ecológica</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
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
    <message>
        <source>List USB receipt printers and serial ports.</source>
        <translation>Listar las impresoras de tickets USB y los puertos serie.</translation>
    </message>
    <message>
        <source>Print the test page on &lt;uri&gt;.</source>
        <translation>Imprimir la página de prueba en &lt;uri&gt;.</translation>
    </message>
    <message>
        <source>Open the cash drawer on &lt;uri&gt;.</source>
        <translation>Abrir el cajón portamonedas en &lt;uri&gt;.</translation>
    </message>
    <message>
        <source>Ask the printer on &lt;uri&gt; for its status.</source>
        <translation>Consultar el estado de la impresora en &lt;uri&gt;.</translation>
    </message>
    <message>
        <source>Printer model profile: %1.</source>
        <translation>Perfil del modelo de impresora: %1.</translation>
    </message>
    <message>
        <source>Drawer kick pin: 2 or 5.</source>
        <translation>Pin de apertura del cajón portamonedas: 2 o 5.</translation>
    </message>
    <message>
        <source>Drawer kick pulse length in ms.</source>
        <translation>Duración del pulso de apertura del cajón portamonedas en ms.</translation>
    </message>
    <message>
        <source>Wait for one scan from the serial scanner on &lt;uri&gt;.</source>
        <translation>Esperar un escaneo del escáner serie en &lt;uri&gt;.</translation>
    </message>
    <message>
        <source>How long --scan-test waits, in seconds.</source>
        <translation>Tiempo de espera de --scan-test, en segundos.</translation>
    </message>
    <message>
        <source>The drawer is a serial drawer opened by BEL, not a printer kick.</source>
        <translation>El cajón portamonedas es un cajón serie que se abre con BEL, no a través de la impresora.</translation>
    </message>
    <message>
        <source>Unknown printer profile &quot;%1&quot;; choose one of: %2.</source>
        <translation>Perfil de impresora «%1» desconocido; elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>--scan-timeout must be a number of seconds.</source>
        <translation>--scan-timeout debe ser un número de segundos.</translation>
    </message>
    <message>
        <source>--pin must be 2 or 5 and --pulse-ms between 2 and 510.</source>
        <translation>--pin debe ser 2 o 5 y --pulse-ms debe estar entre 2 y 510.</translation>
    </message>
    <message>
        <source>First run: the server&apos;s address.</source>
        <translation>Primer inicio: la dirección del servidor.</translation>
    </message>
    <message>
        <source>First run: the enrolment code made in the backoffice.</source>
        <translation>Primer inicio: el código de alta creado en el backoffice.</translation>
    </message>
    <message>
        <source>The register&apos;s settings file (its replica is kept beside it).</source>
        <translation>El archivo de ajustes de la caja (su réplica se guarda al lado).</translation>
    </message>
    <message>
        <source>White on black, for bright shops.</source>
        <translation>Blanco sobre negro, para tiendas luminosas.</translation>
    </message>
    <message>
        <source>Tillpoint register. Without options it opens the register window (first run: --server and --enrolment-code). Device commands for setting up a till:</source>
        <translation>Caja Tillpoint. Sin opciones abre la ventana de la caja (primer inicio: --server y --enrolment-code). Órdenes de dispositivos para preparar una caja:</translation>
    </message>
    <message>
        <source>Give one device command (see --help), or no command for the register window.</source>
        <translation>Indique una orden de dispositivo (vea --help) o ninguna para la ventana de la caja.</translation>
    </message>
    <message>
        <source>The receipt printer (remembered), e.g. usb://04b8:0202 or tcp://10.0.0.7:9100.</source>
        <translation>La impresora de tickets (se recuerda), p. ej. usb://04b8:0202 o tcp://10.0.0.7:9100.</translation>
    </message>
    <message>
        <source>A serial barcode scanner (remembered), e.g. serial:///dev/ttyACM0?baud=9600.</source>
        <translation>Un lector de códigos de barras serie (se recuerda), p. ej. serial:///dev/ttyACM0?baud=9600.</translation>
    </message>
    <message>
        <source>Quit as soon as the till&apos;s window is up (to time the start).</source>
        <translation>Salir en cuanto la ventana de la caja esté lista (para medir el arranque).</translation>
    </message>
    <message>
        <source>Tillpoint backoffice: catalog, stock, orders and customers.</source>
        <translation>Backoffice de Tillpoint: catálogo, existencias, pedidos y clientes.</translation>
    </message>
    <message>
        <source>The backoffice&apos;s settings file (its replica is kept beside it).</source>
        <translation>El archivo de ajustes del backoffice (su réplica está al lado).</translation>
    </message>
    <message>
        <source>The server&apos;s address, for the login.</source>
        <translation>La dirección del servidor, para iniciar sesión.</translation>
    </message>
    <message>
        <source>The shop&apos;s short name, for the login.</source>
        <translation>El nombre corto de la tienda, para iniciar sesión.</translation>
    </message>
    <message>
        <source>Your e-mail address, for the login.</source>
        <translation>Su correo, para iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::AttributeTemplate</name>
    <message>
        <source>&quot;%1&quot; is no attribute of the template %2.</source>
        <translation>«%1» no es un atributo de la plantilla %2.</translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation>%1 es obligatorio para %2.</translation>
    </message>
    <message>
        <source>%1 is a whole number.</source>
        <translation>%1 es un número entero.</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1 es sí o no.</translation>
    </message>
    <message>
        <source>%1 is a text of at most 1000 characters.</source>
        <translation>%1 es un texto de 1000 caracteres como máximo.</translation>
    </message>
    <message>
        <source>%1 is one of %2.</source>
        <translation>%1 es uno de: %2.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::BarcodeRule</name>
    <message>
        <source>A barcode is 1 to 64 letters, digits or signs, without spaces.</source>
        <translation>Un código de barras tiene de 1 a 64 letras, dígitos o signos, sin espacios.</translation>
    </message>
    <message>
        <source>%1 is not a valid GTIN: its last digit (the check digit) should be %2.</source>
        <translation>%1 no es un GTIN válido: su último dígito (el dígito de control) debería ser %2.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::BulkProductEdits</name>
    <message>
        <source>A price can be lowered by 100 % at most.</source>
        <translation>Un precio puede bajarse como máximo un 100 %.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CampaignEdits</name>
    <message>
        <source>Give the campaign a name (at most 100 characters), e.g. &quot;Summer sale&quot;.</source>
        <translation>Ponga un nombre a la campaña (100 caracteres como máximo), p. ej. «Rebajas de verano».</translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation>La campaña debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Add at least one item with its campaign price.</source>
        <translation>Añada al menos un artículo con su precio de campaña.</translation>
    </message>
    <message>
        <source>The campaign price of %1 is below zero.</source>
        <translation>El precio de campaña de %1 es menor que cero.</translation>
    </message>
    <message>
        <source>%1 is in the campaign twice; keep one price for it.</source>
        <translation>%1 está dos veces en la campaña; deje un solo precio.</translation>
    </message>
    <message>
        <source>There is no item with the SKU %1.</source>
        <translation>No hay ningún artículo con el SKU %1.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CatalogExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CatalogImport</name>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>No se puede abrir el archivo %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>%1 (SKU %2) is priced in %3 here; this file is read in %4.</source>
        <translation>%1 (SKU %2) tiene aquí el precio en %3; este archivo se lee en %4.</translation>
    </message>
    <message>
        <source>The handle %1 is a SKU of &quot;%2&quot; in the catalog already.</source>
        <translation>El handle %1 ya es un SKU de «%2» en el catálogo.</translation>
    </message>
    <message>
        <source>The SKU %1 belongs to &quot;%2&quot; in the catalog already.</source>
        <translation>El SKU %1 ya pertenece a «%2» en el catálogo.</translation>
    </message>
    <message>
        <source>The barcode %1 belongs to &quot;%2&quot; in the catalog already.</source>
        <translation>El código de barras %1 ya pertenece a «%2» en el catálogo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is left out: none of its variants could be imported.</source>
        <translation>«%1» se omite: no se pudo importar ninguna de sus variantes.</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>La importación se detuvo: %1</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CategoryTreeModel</name>
    <message>
        <source>A category needs a name of at most 200 characters.</source>
        <translation>Una categoría necesita un nombre de 200 caracteres como máximo.</translation>
    </message>
    <message>
        <source>That category is not here (yet).</source>
        <translation>Esa categoría no está aquí (todavía).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot go inside itself or one of its own subcategories.</source>
        <translation>«%1» no puede ir dentro de sí misma ni de una de sus subcategorías.</translation>
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
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CouponEdits</name>
    <message>
        <source>A code is 3 to 32 capital letters, digits, - or _.</source>
        <translation>Un código tiene de 3 a 32 mayúsculas, cifras, - o _.</translation>
    </message>
    <message>
        <source>A coupon takes off more than nothing: up to 100 %, or an amount.</source>
        <translation>Un cupón descuenta más que nada: hasta el 100 % o un importe.</translation>
    </message>
    <message>
        <source>An amount off or a minimum order needs its currency.</source>
        <translation>Un descuento en importe o un pedido mínimo necesita su moneda.</translation>
    </message>
    <message>
        <source>The coupon must end after it starts.</source>
        <translation>El cupón debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>A limit is at least 1 (leave it empty for none).</source>
        <translation>Un límite es al menos 1 (déjelo vacío para ninguno).</translation>
    </message>
    <message>
        <source>Another coupon has the code %1.</source>
        <translation>Otro cupón tiene el código %1.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CustomerActions</name>
    <message>
        <source>This customer was anonymized at their request.</source>
        <translation>Este cliente fue anonimizado a petición suya.</translation>
    </message>
    <message>
        <source>A customer needs a name of at most 200 characters.</source>
        <translation>Un cliente necesita un nombre de 200 caracteres como máximo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>A phone number is at most 40 characters long.</source>
        <translation>Un número de teléfono tiene como máximo 40 caracteres.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>This customer was anonymized already.</source>
        <translation>Este cliente ya fue anonimizado.</translation>
    </message>
    <message>
        <source>Anonymized customer</source>
        <translation>Cliente anonimizado</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::CustomerProfile</name>
    <message>
        <source>This customer is not here (yet).</source>
        <translation>Este cliente no está aquí (todavía).</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ImageSync</name>
    <message>
        <source>The server stored image %1 under another name; it will be sent again.</source>
        <translation>El servidor guardó la imagen %1 con otro nombre; se volverá a enviar.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ImportErrorsModel</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::LocalStockMovements</name>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>This office, not sent yet</source>
        <translation>Esta oficina, aún sin enviar</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::OfficeAdmin</name>
    <message>
        <source>Give the register a name (at most 100 characters), e.g. &quot;Till 2&quot;.</source>
        <translation>Dé un nombre a la caja (100 caracteres como máximo), p. ej. «Caja 2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>A password has at least 10 characters.</source>
        <translation>Una contraseña tiene al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>A register PIN is 4 to 8 digits.</source>
        <translation>Un PIN de caja tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <source>Choose a new role or access first.</source>
        <translation>Elija primero un nuevo rol o acceso.</translation>
    </message>
    <message>
        <source>A store&apos;s code is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, e.g. &quot;hamburg&quot;.</source>
        <translation>El código de una tienda tiene de 1 a 64 letras, cifras, «.», «_» o «-», p. ej. «hamburgo».</translation>
    </message>
    <message>
        <source>A store needs a name (at most 200 characters).</source>
        <translation>Una tienda necesita un nombre (200 caracteres como máximo).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR.</source>
        <translation>«%1» no es un código de moneda como EUR.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::OrderActions</name>
    <message>
        <source>Order %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>El pedido %1 no puede pasar de «%2» a «%3».</translation>
    </message>
    <message>
        <source>A tracking number is at most 200 characters long.</source>
        <translation>Un número de seguimiento tiene como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>esta oficina</translation>
    </message>
    <message>
        <source>A note needs some text, at most 4000 characters.</source>
        <translation>Una nota necesita texto, como máximo 4000 caracteres.</translation>
    </message>
    <message>
        <source>A line can give back at most what was sold.</source>
        <translation>Una línea no puede devolver más de lo que se vendió.</translation>
    </message>
    <message>
        <source>Choose what comes back.</source>
        <translation>Elija lo que se devuelve.</translation>
    </message>
    <message>
        <source>Only %1 of this order is left to refund.</source>
        <translation>Solo quedan %1 por reembolsar de este pedido.</translation>
    </message>
    <message>
        <source>Money goes back the way it was paid (cash or card), or onto the customer&apos;s store credit.</source>
        <translation>El dinero se devuelve por el mismo medio de pago (efectivo o tarjeta) o como saldo a favor del cliente.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::OrderListModel</name>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Reembolsado parcialmente</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Este pedido (aún) no está aquí.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ProductEditor</name>
    <message>
        <source>This product is not in the catalog here (yet).</source>
        <translation>Este producto (aún) no está en el catálogo aquí.</translation>
    </message>
    <message>
        <source>These options make more than %1 variants.</source>
        <translation>Estas opciones generan más de %1 variantes.</translation>
    </message>
    <message>
        <source>No free in-store barcode was found; try again.</source>
        <translation>No se encontró ningún código de barras interno libre; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The SKU must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>El SKU debe tener de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A product needs a name of at most 200 characters.</source>
        <translation>Un producto necesita un nombre de 200 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The description is longer than 10,000 characters.</source>
        <translation>La descripción supera los 10.000 caracteres.</translation>
    </message>
    <message>
        <source>A price cannot be below zero.</source>
        <translation>Un precio no puede ser inferior a cero.</translation>
    </message>
    <message>
        <source>A product is a draft, active or archived.</source>
        <translation>Un producto es un borrador, activo o archivado.</translation>
    </message>
    <message>
        <source>Each option needs its own name of at most 50 characters (&quot;%1&quot;).</source>
        <translation>Cada opción necesita su propio nombre de 50 caracteres como máximo («%1»).</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; needs at least one value.</source>
        <translation>La opción «%1» necesita al menos un valor.</translation>
    </message>
    <message>
        <source>The values of &quot;%1&quot; must be different, each at most 100 characters.</source>
        <translation>Los valores de «%1» deben ser distintos, cada uno de 100 caracteres como máximo.</translation>
    </message>
    <message>
        <source>A product may have at most %1 variants.</source>
        <translation>Un producto puede tener como máximo %1 variantes.</translation>
    </message>
    <message>
        <source>Variant %1: the SKU must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Variante %1: el SKU debe tener de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Two variants have the SKU %1.</source>
        <translation>Dos variantes tienen el SKU %1.</translation>
    </message>
    <message>
        <source>Variant %1: a price cannot be below zero.</source>
        <translation>Variante %1: un precio no puede ser inferior a cero.</translation>
    </message>
    <message>
        <source>The barcode %1 is on variant %2 already.</source>
        <translation>El código de barras %1 ya está en la variante %2.</translation>
    </message>
    <message>
        <source>The SKU %1 belongs to &quot;%2&quot; already.</source>
        <translation>El SKU %1 ya pertenece a «%2».</translation>
    </message>
    <message>
        <source>The barcode %1 belongs to &quot;%2&quot; already.</source>
        <translation>El código de barras %1 ya pertenece a «%2».</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>The product&apos;s template is not here (yet).</source>
        <translation>La plantilla del producto no está aquí (todavía).</translation>
    </message>
    <message>
        <source>Attributes belong to a template: choose one.</source>
        <translation>Los atributos pertenecen a una plantilla: elija una.</translation>
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
        <translation>Este producto (aún) no está en el catálogo aquí.</translation>
    </message>
    <message>
        <source>A product is either active or archived.</source>
        <translation>Un producto está activo o archivado.</translation>
    </message>
    <message>
        <source>This conflict was settled already.</source>
        <translation>Este conflicto ya se resolvió.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ProductImages</name>
    <message>
        <source>This is not a JPEG, PNG or WebP image.</source>
        <translation>No es una imagen JPEG, PNG o WebP.</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB even after shrinking it; choose a smaller one.</source>
        <translation>La imagen supera %1 MB incluso reducida; elija una más pequeña.</translation>
    </message>
    <message>
        <source>The server sent other bytes for image %1.</source>
        <translation>El servidor envió otros datos para la imagen %1.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ProductListModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ShopifyProductCsv</name>
    <message>
        <source>The column &quot;%1&quot; appears twice in the first line.</source>
        <translation>La columna «%1» aparece dos veces en la primera línea.</translation>
    </message>
    <message>
        <source>This is not a product CSV file: its first line has no &quot;Handle&quot; column.</source>
        <translation>No es un archivo CSV de productos: su primera línea no tiene la columna «Handle».</translation>
    </message>
    <message>
        <source>The row has no handle, so it belongs to no product.</source>
        <translation>La fila no tiene handle, así que no pertenece a ningún producto.</translation>
    </message>
    <message>
        <source>The row holds nothing to import (no title, option, SKU or price).</source>
        <translation>La fila no contiene nada que importar (ni título, ni opción, ni SKU, ni precio).</translation>
    </message>
    <message>
        <source>Left out with its product: the product&apos;s first row (line %1) has errors.</source>
        <translation>Omitida junto con su producto: la primera fila del producto (línea %1) tiene errores.</translation>
    </message>
    <message>
        <source>A second product with the handle &quot;%1&quot; (line %2 has another title): handles must be unique.</source>
        <translation>Un segundo producto con el handle «%1» (la línea %2 tiene otro título): los handles deben ser únicos.</translation>
    </message>
    <message>
        <source>The product&apos;s first row needs its title.</source>
        <translation>La primera fila del producto necesita su título.</translation>
    </message>
    <message>
        <source>A title may be at most %1 characters long, without control characters.</source>
        <translation>Un título puede tener como máximo %1 caracteres, sin caracteres de control.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>La descripción supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no status: write active, draft or archived.</source>
        <translation>«%1» no es un estado: escriba active, draft o archived.</translation>
    </message>
    <message>
        <source>%1 is given but %2 is empty: fill the options from the first one.</source>
        <translation>%1 está indicado pero %2 está vacío: rellene las opciones a partir de la primera.</translation>
    </message>
    <message>
        <source>An option&apos;s name may be at most %1 characters long.</source>
        <translation>El nombre de una opción puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is named twice.</source>
        <translation>La opción «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>A second variant of &quot;%1&quot;, which has no options: name its options (Option1 Name) on its first row.</source>
        <translation>Una segunda variante de «%1», que no tiene opciones: indique el nombre de sus opciones (Option1 Name) en su primera fila.</translation>
    </message>
    <message>
        <source>Every variant needs a value for &quot;%1&quot;.</source>
        <translation>Cada variante necesita un valor para «%1».</translation>
    </message>
    <message>
        <source>An option value may be at most %1 characters long.</source>
        <translation>Un valor de opción puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>%1 is given but the product&apos;s first row has no %2.</source>
        <translation>%1 está indicado pero la primera fila del producto no tiene %2.</translation>
    </message>
    <message>
        <source>The variant %1 is on line %2 already.</source>
        <translation>La variante %1 ya está en la línea %2.</translation>
    </message>
    <message>
        <source>Every variant needs a price.</source>
        <translation>Cada variante necesita un precio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price in %2: write digits with at most %3 decimals after a point, as in %4.</source>
        <translation>«%1» no es un precio en %2: escriba dígitos con %3 decimales como máximo tras un punto, como en %4.</translation>
    </message>
    <message>
        <source>A price cannot be below zero.</source>
        <translation>Un precio no puede ser inferior a cero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a SKU: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>«%1» no puede ser un SKU: use de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The SKU %1 is on line %2 already.</source>
        <translation>El SKU %1 ya está en la línea %2.</translation>
    </message>
    <message>
        <source>The barcode %1 is on line %2 already.</source>
        <translation>El código de barras %1 ya está en la línea %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is left out: none of its variants could be imported.</source>
        <translation>«%1» se omite: no se pudo importar ninguna de sus variantes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a SKU: its handle has no letters or digits to make one from.</source>
        <translation>«%1» necesita un SKU: su handle no tiene letras ni dígitos para generarlo.</translation>
    </message>
    <message>
        <source>The handle &quot;%1&quot; has no letters or digits to make the product&apos;s SKU from.</source>
        <translation>El handle «%1» no tiene letras ni dígitos para generar el SKU del producto.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StockActions</name>
    <message>
        <source>Choose a store of this shop.</source>
        <translation>Elija una tienda de este comercio.</translation>
    </message>
    <message>
        <source>No item of the catalog has the SKU %1.</source>
        <translation>Ningún artículo del catálogo tiene el SKU %1.</translation>
    </message>
    <message>
        <source>Enter at least one item with its quantity.</source>
        <translation>Introduzca al menos un artículo con su cantidad.</translation>
    </message>
    <message>
        <source>%1: a delivery brings more than nothing.</source>
        <translation>%1: una entrega trae más que nada.</translation>
    </message>
    <message>
        <source>Stock is written off as damaged or corrected.</source>
        <translation>El stock se da de baja como dañado o se corrige.</translation>
    </message>
    <message>
        <source>%1: give how many were damaged.</source>
        <translation>%1: indique cuántos están dañados.</translation>
    </message>
    <message>
        <source>A transfer goes from one store to another.</source>
        <translation>Un traspaso va de una tienda a otra.</translation>
    </message>
    <message>
        <source>%1: a transfer moves more than nothing.</source>
        <translation>%1: un traspaso mueve más que nada.</translation>
    </message>
    <message>
        <source>Nothing was counted.</source>
        <translation>No se ha contado nada.</translation>
    </message>
    <message>
        <source>%1: a count is never below zero.</source>
        <translation>%1: un recuento nunca es inferior a cero.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StockHistory</name>
    <message>
        <source>The server did not give the history: %1</source>
        <translation>El servidor no ha dado el historial: %1</translation>
    </message>
    <message>
        <source>The history is kept on the server, which cannot be reached now; the levels here are up to date as of the last sync.</source>
        <translation>El historial se guarda en el servidor, que ahora no está disponible; las existencias de aquí están al día según la última sincronización.</translation>
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
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Low below</source>
        <translation>Bajo por debajo de</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StockMovementView</name>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>Traspasado (entrada)</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Traspasado (salida)</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StoreProfiles</name>
    <message>
        <source>&quot;%1&quot; is not a tax class and its rate, e.g. &quot;standard 19 %&quot; (0 to 100 %).</source>
        <translation>«%1» no es una clase de impuesto con su tipo, p. ej. «standard 19 %» (0 a 100 %).</translation>
    </message>
    <message>
        <source>A store needs a name (at most 200 characters).</source>
        <translation>Una tienda necesita un nombre (200 caracteres como máximo).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; choose one such as Europe/Berlin.</source>
        <translation>«%1» no es una zona horaria; elija una como Europe/Madrid.</translation>
    </message>
    <message>
        <source>A country is its two-letter code, e.g. DE or FR.</source>
        <translation>Un país se indica con su código de dos letras, p. ej. DE o FR.</translation>
    </message>
    <message>
        <source>The rate of %1 must be from 0 to 100 %.</source>
        <translation>El tipo de %1 debe estar entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>Loyalty points per unit are 0 (none) to 1000.</source>
        <translation>Puntos de fidelidad por unidad: de 0 (ninguno) a 1000.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::StoreSettings</name>
    <message>
        <source>A receipt&apos;s header and footer may each be %1 characters long at most.</source>
        <translation>El encabezado y el pie de un tique pueden tener cada uno %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::app::BackofficeApp</name>
    <message>
        <source>Tillpoint backoffice</source>
        <translation>Backoffice de Tillpoint</translation>
    </message>
    <message>
        <source>Offline — edits are kept and sent when the server is back</source>
        <translation>Sin conexión: los cambios se guardan y se envían cuando vuelva el servidor</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Catálogo</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Pedidos</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Inventario</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>Cl&amp;ientes</translation>
    </message>
    <message>
        <source>Cou&amp;pons</source>
        <translation>Cu&amp;pones</translation>
    </message>
    <message>
        <source>&amp;Receipts</source>
        <translation>&amp;Tiques</translation>
    </message>
    <message>
        <source>Needs attention (%1)…</source>
        <translation>Requiere atención (%1)…</translation>
    </message>
    <message>
        <source>Registers &amp;&amp; s&amp;taff</source>
        <translation>Cajas &amp;&amp; &amp;personal</translation>
    </message>
    <message>
        <source>Campai&amp;gns</source>
        <translation>Campa&amp;ñas</translation>
    </message>
    <message>
        <source>Stor&amp;es</source>
        <translation>&amp;Tiendas</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::AdminScreen</name>
    <message>
        <source>e.g. Till 2</source>
        <translation>p. ej. Caja 2</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Al menos 10 caracteres</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>De 4 a 8 dígitos</translation>
    </message>
    <message>
        <source>&amp;Make enrolment code</source>
        <translation>&amp;Crear código de alta</translation>
    </message>
    <message>
        <source>&amp;Add staff member</source>
        <translation>&amp;Añadir empleado</translation>
    </message>
    <message>
        <source>Set register &amp;PIN</source>
        <translation>Fijar el &amp;PIN de caja</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Nueva caja</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Register&apos;s name</source>
        <translation>Nombre de la caja</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>PIN for the selected</source>
        <translation>PIN para el seleccionado</translation>
    </message>
    <message>
        <source>On the new register: start Tillpoint, enter this server&apos;s address and this code. It works once, until %1.</source>
        <translation>En la nueva caja: inicie Tillpoint, introduzca la dirección de este servidor y este código. Sirve una vez, hasta el %1.</translation>
    </message>
    <message>
        <source>%1 can log in now; the list shows them after the next sync.</source>
        <translation>%1 ya puede iniciar sesión; la lista lo mostrará tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>Select the staff member first.</source>
        <translation>Seleccione primero al empleado.</translation>
    </message>
    <message>
        <source>PIN set. The registers know it after their next sync.</source>
        <translation>PIN guardado. Las cajas lo conocerán tras su próxima sincronización.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Sin enviar aún</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>&amp;Actualizar lista</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Cambiar &amp;rol</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Cajas</translation>
    </message>
    <message>
        <source>Role of the selected</source>
        <translation>Rol del seleccionado</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Registers in red have not synced for a long time or hold sales they have not sent: check that they are on and connected.</source>
        <translation>Las cajas en rojo llevan mucho sin sincronizar o guardan ventas sin enviar: compruebe que estén encendidas y conectadas.</translation>
    </message>
    <message>
        <source>Select the register first.</source>
        <translation>Seleccione primero la caja.</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? It stops syncing at once; sales it has not sent stay on it until it is enrolled again.</source>
        <translation>¿Revocar «%1»? Deja de sincronizar en el acto; las ventas sin enviar quedan en ella hasta que se vuelva a dar de alta.</translation>
    </message>
    <message>
        <source>%1 is revoked.</source>
        <translation>%1 está revocada.</translation>
    </message>
    <message>
        <source>Now %1; the list and the registers show it after their next sync.</source>
        <translation>Ahora %1; la lista y las cajas lo muestran tras su próxima sincronización.</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer log in here or at the registers.</source>
        <translation>¿Desactivar a %1? Ya no podrá iniciar sesión aquí ni en las cajas.</translation>
    </message>
    <message>
        <source>%1 is disabled: logins are refused now, the registers refuse their PIN after their next sync.</source>
        <translation>%1 está desactivado: los inicios de sesión se rechazan ya, las cajas rechazan su PIN tras su próxima sincronización.</translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Registers and staff</source>
        <translation>Cajas y personal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Filter registers (Ctrl+F)</source>
        <translation>Filtrar cajas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter staff</source>
        <translation>Filtrar personal</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::CampaignsScreen</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>e.g. Summer sale</source>
        <translation>p. ej. Rebajas de verano</translation>
    </message>
    <message>
        <source>None ticked: every store.</source>
        <translation>Ninguna marcada: todas las tiendas.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Regular price</source>
        <translation>Precio normal</translation>
    </message>
    <message>
        <source>Campaign price</source>
        <translation>Precio de campaña</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Archived (withdrawn)</source>
        <translation>Archivada (retirada)</translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation>&amp;Nueva campaña</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Añadir artículo</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Quitar artículo</translation>
    </message>
    <message>
        <source>Set all to this much &amp;off</source>
        <translation>&amp;Rebajar todo esto</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Todas las tiendas</translation>
    </message>
    <message>
        <source>A new campaign: add its items and their campaign prices.</source>
        <translation>Una campaña nueva: añada sus artículos y sus precios de campaña.</translation>
    </message>
    <message>
        <source>No item with this SKU</source>
        <translation>Ningún artículo con este SKU</translation>
    </message>
    <message>
        <source>Select the item to remove first.</source>
        <translation>Seleccione primero el artículo que quiere quitar.</translation>
    </message>
    <message>
        <source>Lines without a known regular price were left as they were: %1.</source>
        <translation>Las líneas sin precio normal conocido se dejaron como estaban: %1.</translation>
    </message>
    <message>
        <source>The currency %1 is unknown here.</source>
        <translation>La moneda %1 no se conoce aquí.</translation>
    </message>
    <message>
        <source>Line %1: give the SKU and its campaign price (%2).</source>
        <translation>Línea %1: indique el SKU y su precio de campaña (%2).</translation>
    </message>
    <message>
        <source>the SKU is missing</source>
        <translation>falta el SKU</translation>
    </message>
    <message>
        <source>Saved. The registers sell at these prices from the start, after their next sync.</source>
        <translation>Guardado. Las cajas venden a estos precios desde el inicio, tras su próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::CatalogScreen</name>
    <message>
        <source>Search by name or SKU (Ctrl+F)</source>
        <translation>Buscar por nombre o SKU (Ctrl+F)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;Nuevo producto</translation>
    </message>
    <message>
        <source>New product (Ctrl+N)</source>
        <translation>Nuevo producto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change &amp;prices…</source>
        <translation>Cambiar pr&amp;ecios…</translation>
    </message>
    <message>
        <source>Raise or lower the selected products&apos; prices by a percentage</source>
        <translation>Subir o bajar en un porcentaje los precios de los productos seleccionados</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <source>Put on &amp;sale</source>
        <translation>Poner a la &amp;venta</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Selected products:</source>
        <translation>Productos seleccionados:</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importar productos</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Exportar productos</translation>
    </message>
    <message>
        <source>products.csv</source>
        <translation>productos.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the catalog…</source>
        <translation>Exportando el catálogo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Select the products first.</source>
        <translation>Seleccione primero los productos.</translation>
    </message>
    <message>
        <source>Change prices</source>
        <translation>Cambiar precios</translation>
    </message>
    <message>
        <source>Change by how many percent? (10 raises by 10 %, -5 lowers by 5 %)</source>
        <translation>¿En qué porcentaje cambiar? (10 sube un 10 %, -5 baja un 5 %)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage.</source>
        <translation>«%1» no es un porcentaje.</translation>
    </message>
    <message>
        <source>Prices of %1 products changed by %2 %.</source>
        <translation>Precios de %1 productos cambiados un %2 %.</translation>
    </message>
    <message>
        <source>%1 products archived.</source>
        <translation>%1 productos archivados.</translation>
    </message>
    <message>
        <source>%1 products on sale.</source>
        <translation>%1 productos puestos a la venta.</translation>
    </message>
    <message>
        <source>Products exported to %1: %2.</source>
        <translation>Productos exportados a %1: %2.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Ca&amp;tegories…</source>
        <translation>Ca&amp;tegorías…</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::CategoriesDialog</name>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Drag a category onto another to move it there.</source>
        <translation>Arrastre una categoría sobre otra para moverla allí.</translation>
    </message>
    <message>
        <source>&amp;New category…</source>
        <translation>&amp;Nueva categoría…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>Name of the new category:</source>
        <translation>Nombre de la nueva categoría:</translation>
    </message>
    <message>
        <source>Select the category to rename.</source>
        <translation>Seleccione la categoría que quiere renombrar.</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Renombrar categoría</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; added.</source>
        <translation>«%1» añadida.</translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation>Renombrada.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ConflictsDialog</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Versión del servidor</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Esta oficina</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <source>Keep this office&apos;s</source>
        <translation>Conservar los de esta oficina</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar los &amp;suyos</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar los &amp;míos</translation>
    </message>
    <message>
        <source>&amp;Merge (ticked fields mine)</source>
        <translation>&amp;Combinar (campos marcados: los míos)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Products someone else changed first</source>
        <translation>Productos que otra persona cambió antes</translation>
    </message>
    <message>
        <source>Other changes the server refused</source>
        <translation>Otros cambios rechazados por el servidor</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nada requiere atención.</translation>
    </message>
    <message>
        <source>Choose the product to settle.</source>
        <translation>Elija el producto que quiere resolver.</translation>
    </message>
    <message>
        <source>Settled: the server&apos;s values stay.</source>
        <translation>Resuelto: se quedan los valores del servidor.</translation>
    </message>
    <message>
        <source>Settled: %1 sent again on top of the server&apos;s version.</source>
        <translation>Resuelto: %1 enviado de nuevo sobre la versión del servidor.</translation>
    </message>
    <message>
        <source>Choose the refusal you have read.</source>
        <translation>Elija el rechazo que ha leído.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::CouponsScreen</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>Filtrar por código o nombre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Porcentaje de descuento</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Importe de descuento</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Sin mínimo</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Every item; or SKUs separated by commas</source>
        <translation>Todos los artículos; o SKU separados por comas</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>&amp;New coupon</source>
        <translation>&amp;Nuevo cupón</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Pedido mínimo</translation>
    </message>
    <message>
        <source>Uses in all</source>
        <translation>Usos en total</translation>
    </message>
    <message>
        <source>Uses per customer</source>
        <translation>Usos por cliente</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>A new coupon.</source>
        <translation>Un cupón nuevo.</translation>
    </message>
    <message>
        <source>The coupon&apos;s currency %1 is unknown here.</source>
        <translation>La moneda %1 del cupón es desconocida aquí.</translation>
    </message>
    <message>
        <source>Minimum order: %1</source>
        <translation>Pedido mínimo: %1</translation>
    </message>
    <message>
        <source>A limit is a whole number of uses, at least 1; leave it empty for none.</source>
        <translation>Un límite es un número entero de usos, al menos 1; déjelo vacío si no hay ninguno.</translation>
    </message>
    <message>
        <source>Saved. The registers know the coupon after their next sync.</source>
        <translation>Guardado. Las cajas conocerán el cupón tras su próxima sincronización.</translation>
    </message>
    <message>
        <source>Or categories</source>
        <translation>O categorías</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::CustomersScreen</name>
    <message>
        <source>E&amp;xport data…</source>
        <translation>E&amp;xportar datos…</translation>
    </message>
    <message>
        <source>A&amp;nonymize…</source>
        <translation>A&amp;nonimizar…</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number (Ctrl+F)</source>
        <translation>Nombre, correo, teléfono o número de pedido (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>Una dirección por línea</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Nuevo cliente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fidelidad</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Export the customer&apos;s data</source>
        <translation>Exportar los datos del cliente</translation>
    </message>
    <message>
        <source>customer-data.json</source>
        <translation>datos-cliente.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Anonymize %1?</source>
        <translation>¿Anonimizar a %1?</translation>
    </message>
    <message>
        <source>Name, e-mail, phone, addresses, tags and notes of %1 are erased for good, here and on the server. Their orders stay, without their name. This cannot be undone.</source>
        <translation>El nombre, correo, teléfono, direcciones, etiquetas y notas de %1 se borran para siempre, aquí y en el servidor. Sus pedidos se conservan, sin su nombre. No se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anonymized at the customer&apos;s request.</source>
        <translation>Anonimizado a petición del cliente.</translation>
    </message>
    <message>
        <source>Saved. The server hears of it with the next sync.</source>
        <translation>Guardado. El servidor lo sabrá en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The customer&apos;s data is in %1.</source>
        <translation>Los datos del cliente están en %1.</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrar el historial</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::DashboardScreen</name>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Otras fechas</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Low in stock</source>
        <translation>Poco stock</translation>
    </message>
    <message>
        <source>Revenue %1 · %2 orders · %3 per order</source>
        <translation>Ingresos %1 · %2 pedidos · %3 por pedido</translation>
    </message>
    <message>
        <source> · %1 orders in other currencies not counted</source>
        <translation> · %1 pedidos en otras monedas sin contar</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Productos más vendidos</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Ventas por canal</translation>
    </message>
    <message>
        <source>Sales by store</source>
        <translation>Ventas por tienda</translation>
    </message>
    <message>
        <source>Revenue and orders per day</source>
        <translation>Ingresos y pedidos por día</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Ingresos (%1)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Filter low stock</source>
        <translation>Filtrar existencias bajas</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ImagePreparation</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a picture Tillpoint can read (%2).</source>
        <translation>%1 no es una imagen que Tillpoint pueda leer (%2).</translation>
    </message>
    <message>
        <source>%1 stays too large for a product image even when shrunk; choose a smaller picture.</source>
        <translation>%1 sigue siendo demasiado grande para una imagen de producto incluso reducida; elija una imagen más pequeña.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ImportDialog</name>
    <message>
        <source>Import products from a CSV file</source>
        <translation>Importar productos desde un archivo CSV</translation>
    </message>
    <message>
        <source>A product CSV file as Shopify writes it</source>
        <translation>Un archivo CSV de productos tal como lo exporta Shopify</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Filter the tables</source>
        <translation>Filtrar las tablas</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importar productos</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing… %1 of %2 products</source>
        <translation>Importando… %1 de %2 productos</translation>
    </message>
    <message>
        <source>Choose a file to see what it would import.</source>
        <translation>Elija un archivo para ver lo que importaría.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Products (%1)</source>
        <translation>Productos (%1)</translation>
    </message>
    <message>
        <source>Left out (%1)</source>
        <translation>Omitidos (%1)</translation>
    </message>
    <message>
        <source>Products to import: %1, with %2 variants (%3 new, %4 updating products of the catalog).</source>
        <translation>Productos para importar: %1, con %2 variantes (%3 nuevos, %4 que actualizan productos del catálogo).</translation>
    </message>
    <message>
        <source>Problems found: %1. Those rows are left out (see &quot;Left out&quot;).</source>
        <translation>Problemas encontrados: %1. Esas filas se omiten (véase «Omitidos»).</translation>
    </message>
    <message>
        <source>Image rows not imported: %1 (images are added in the product editor).</source>
        <translation>Filas de imágenes no importadas: %1 (las imágenes se añaden en el editor de productos).</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Columnas no importadas: %1.</translation>
    </message>
    <message>
        <source>Products imported: %1. They reach the server with the next sync.</source>
        <translation>Productos importados: %1. Llegarán al servidor con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 products: those are imported, the others are not.</source>
        <translation>Cancelado tras %1 de %2 productos: esos se han importado, los demás no.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se importó nada.</translation>
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
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Change s&amp;tatus</source>
        <translation>Cambiar el es&amp;tado</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Reembolsar…</translation>
    </message>
    <message>
        <source>Tracking number (for a shipment)</source>
        <translation>Número de seguimiento (para un envío)</translation>
    </message>
    <message>
        <source>An internal note: customers never see it</source>
        <translation>Nota interna: los clientes nunca la ven</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation>Ningún pedido elegido</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>Pedido %1 — %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Pagado: %1</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Indicadores: %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source> (tax %1)</source>
        <translation> (impuestos %1)</translation>
    </message>
    <message>
        <source> · refunded %1</source>
        <translation> · reembolsado %1</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tracking %1</source>
        <translation>Seguimiento %1</translation>
    </message>
    <message>
        <source> (not yet confirmed by the server)</source>
        <translation> (aún no confirmado por el servidor)</translation>
    </message>
    <message>
        <source>Sales at the till are completed there: they can be refunded</source>
        <translation>Las ventas en caja se completan allí: se pueden reembolsar</translation>
    </message>
    <message>
        <source>Status changed. The server hears of it with the next sync.</source>
        <translation>Estado cambiado. El servidor lo sabrá con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Nota añadida.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::OrdersScreen</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Number, e-mail or phone (Ctrl+F)</source>
        <translation>Número, correo electrónico o teléfono (Ctrl+F)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Todas las tiendas</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ProductEditorDialog</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;SKU</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>&amp;Price (%1)</source>
        <translation>&amp;Precio (%1)</translation>
    </message>
    <message>
        <source>Options (values separated by commas)</source>
        <translation>Opciones (valores separados por comas)</translation>
    </message>
    <message>
        <source>e.g. Size</source>
        <translation>p. ej. Talla</translation>
    </message>
    <message>
        <source>e.g. Colour</source>
        <translation>p. ej. Color</translation>
    </message>
    <message>
        <source>e.g. S, M, L</source>
        <translation>p. ej. S, M, L</translation>
    </message>
    <message>
        <source>e.g. Red, Blue</source>
        <translation>p. ej. Rojo, Azul</translation>
    </message>
    <message>
        <source>&amp;Make variants</source>
        <translation>Crear &amp;variantes</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Own price</source>
        <translation>Precio propio</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Códigos de barras</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>New in-store &amp;barcode</source>
        <translation>Nuevo código de &amp;barras interno</translation>
    </message>
    <message>
        <source>Gives the selected variant a new EAN-13 for goods without one (GS1 in-store prefix 20).</source>
        <translation>Asigna a la variante seleccionada un nuevo EAN-13 para artículos sin código (prefijo GS1 de uso interno 20).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Producto %1</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Precio: %1</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Variante %1: %2</translation>
    </message>
    <message>
        <source>%1 variants. Set their prices and barcodes, then save.</source>
        <translation>%1 variantes. Defina sus precios y códigos de barras y después guarde.</translation>
    </message>
    <message>
        <source>Select the variant that needs a barcode.</source>
        <translation>Seleccione la variante que necesita un código de barras.</translation>
    </message>
    <message>
        <source>Barcode %1 given to %2.</source>
        <translation>Código de barras %1 asignado a %2.</translation>
    </message>
    <message>
        <source>Saved. The change reaches the server with the next sync.</source>
        <translation>Guardado. El cambio llegará al servidor con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Price in the store</source>
        <translation>Precio en la tienda</translation>
    </message>
    <message>
        <source>Prices per store (empty: the usual price)</source>
        <translation>Precios por tienda (vacío: el precio habitual)</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Sin plantilla</translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation>Pla&amp;ntilla</translation>
    </message>
    <message>
        <source>%1 is a whole number.</source>
        <translation>%1 es un número entero.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ProductImagesEditor</name>
    <message>
        <source>What the selected image shows (for people who cannot see it)</source>
        <translation>Lo que muestra la imagen elegida (para quien no puede verla)</translation>
    </message>
    <message>
        <source>Add &amp;images…</source>
        <translation>Añadir &amp;imágenes…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Quitar imagen</translation>
    </message>
    <message>
        <source>Make main image</source>
        <translation>Hacer imagen principal</translation>
    </message>
    <message>
        <source>Not here yet</source>
        <translation>Aún no está aquí</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Main · %1</source>
        <translation>Principal · %1</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Añadir imágenes</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Select the image first.</source>
        <translation>Seleccione primero la imagen.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::ReceiptTemplateEditor</name>
    <message>
        <source>%1 characters a line (%2)</source>
        <translation>%1 caracteres por línea (%2)</translation>
    </message>
    <message>
        <source>Address, VAT number, phone — one per line</source>
        <translation>Dirección, NIF, teléfono — uno por línea</translation>
    </message>
    <message>
        <source>Thank you, return policy, opening hours — one per line</source>
        <translation>Agradecimiento, política de devoluciones, horario — uno por línea</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pie</translation>
    </message>
    <message>
        <source>Saved. The registers print it after their next sync.</source>
        <translation>Guardado. Las cajas lo imprimirán tras su próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::RefundDialog</name>
    <message>
        <source>Put the goods back in stock</source>
        <translation>Devolver los artículos al inventario</translation>
    </message>
    <message>
        <source>Refund order %1</source>
        <translation>Reembolsar el pedido %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Store credit of %1</source>
        <translation>Saldo a favor de %1</translation>
    </message>
    <message>
        <source>Money back by</source>
        <translation>Reembolso mediante</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Reembolsar</translation>
    </message>
    <message>
        <source>Refund %1 of %2 still refundable</source>
        <translation>Reembolsar %1 de los %2 aún reembolsables</translation>
    </message>
    <message>
        <source>Write each quantity coming back as a number.</source>
        <translation>Escriba cada cantidad devuelta como un número.</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::StockHistoryDialog</name>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>Stock history: %1</source>
        <translation>Historial de stock: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>No movements yet.</source>
        <translation>Aún no hay movimientos.</translation>
    </message>
    <message>
        <source>%1 movements.</source>
        <translation>%1 movimientos.</translation>
    </message>
    <message>
        <source>Offline: only the sales known here and this office&apos;s bookings not sent yet are shown (%1); the whole history needs the server.</source>
        <translation>Sin conexión: solo se muestran las ventas conocidas aquí y los movimientos de esta oficina aún sin enviar (%1); el historial completo necesita el servidor.</translation>
    </message>
    <message>
        <source>Filter movements</source>
        <translation>Filtrar movimientos</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::StockScreen</name>
    <message>
        <source>Levels</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Receive, transfer, write off</source>
        <translation>Recepción, traspaso, baja</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Only what is low</source>
        <translation>Solo lo que escasea</translation>
    </message>
    <message>
        <source>SKU or name</source>
        <translation>SKU o nombre</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Mercancía recibida</translation>
    </message>
    <message>
        <source>Transfer to another store</source>
        <translation>Traspaso a otra tienda</translation>
    </message>
    <message>
        <source>Write off damaged goods</source>
        <translation>Dar de baja mercancía dañada</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>To store</source>
        <translation>A la tienda</translation>
    </message>
    <message>
        <source>Blind count (hide what is expected)</source>
        <translation>Recuento a ciegas (ocultar lo esperado)</translation>
    </message>
    <message>
        <source>&amp;Make sheet</source>
        <translation>&amp;Crear hoja</translation>
    </message>
    <message>
        <source>&amp;Send count</source>
        <translation>&amp;Enviar recuento</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Todas las tiendas</translation>
    </message>
    <message>
        <source>Every item</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Booked: %1 lines. The server hears of it with the next sync.</source>
        <translation>Registrado: %1 líneas. El servidor lo sabrá en la próxima sincronización.</translation>
    </message>
    <message>
        <source>%1 items to count. Leave a line empty if it was not counted; type 0 for none.</source>
        <translation>%1 artículos por contar. Deje vacía una línea no contada; escriba 0 si no hay ninguno.</translation>
    </message>
    <message>
        <source>Count of %1 items sent.</source>
        <translation>Recuento de %1 artículos enviado.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
</context>
<context>
    <name>tp::backoffice::ui::StoresScreen</name>
    <message>
        <source>Prices include tax</source>
        <translation>Los precios incluyen impuestos</translation>
    </message>
    <message>
        <source>Filter by name, code or city (Ctrl+F)</source>
        <translation>Filtrar por nombre, código o ciudad (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>p. ej. ES</translation>
    </message>
    <message>
        <source>e.g. standard 19 %, reduced 7 %, zero 0 %</source>
        <translation>p. ej. standard 21 %, reduced 10 %, zero 0 %</translation>
    </message>
    <message>
        <source>No loyalty points</source>
        <translation>Sin puntos de fidelidad</translation>
    </message>
    <message>
        <source>e.g. hamburg</source>
        <translation>p. ej. sevilla</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Add store</source>
        <translation>&amp;Añadir tienda</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal code, city, country</source>
        <translation>Código postal, ciudad, país</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Tipos de impuesto</translation>
    </message>
    <message>
        <source>Loyalty points per unit</source>
        <translation>Puntos de fidelidad por unidad</translation>
    </message>
    <message>
        <source>New store (needs the server)</source>
        <translation>Nueva tienda (necesita el servidor)</translation>
    </message>
    <message>
        <source>Choose a store first.</source>
        <translation>Elija primero una tienda.</translation>
    </message>
    <message>
        <source>Saved. The registers use the new settings after their next sync.</source>
        <translation>Guardado. Las cajas usan los nuevos ajustes tras su próxima sincronización.</translation>
    </message>
    <message>
        <source>%1 is made; it shows in the list after the next sync. Enrol its registers under Registers &amp; staff.</source>
        <translation>%1 está creada; aparece en la lista tras la próxima sincronización. Dé de alta sus cajas en «Cajas y personal».</translation>
    </message>
</context>
<context>
    <name>tp::client::ChangePuller</name>
    <message>
        <source>The server sent changes that could not be read; they will be fetched again.</source>
        <translation>El servidor envió cambios que no se pudieron leer; se volverán a descargar.</translation>
    </message>
    <message>
        <source>Changes from the server could not be saved: %1</source>
        <translation>No se pudieron guardar los cambios del servidor: %1</translation>
    </message>
    <message>
        <source>Fetching changes was cancelled.</source>
        <translation>Se canceló la descarga de cambios.</translation>
    </message>
</context>
<context>
    <name>tp::client::CredentialStore</name>
    <message>
        <source>No secure keychain is available, so this device cannot keep its credentials. Start and unlock the desktop keyring (the Secret Service, e.g. GNOME Keyring or KWallet) and try again. Details: %1</source>
        <translation>No hay disponible ningún llavero seguro del sistema, así que este dispositivo no puede guardar sus credenciales. Inicie y desbloquee el llavero del escritorio (el Secret Service, p. ej., GNOME Keyring o KWallet) y vuelva a intentarlo. Detalles: %1</translation>
    </message>
    <message>
        <source>No such credential is stored.</source>
        <translation>Esa credencial no está guardada.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: %1</source>
        <translation>Se denegó el acceso al llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero del sistema informó de un error: %1</translation>
    </message>
</context>
<context>
    <name>tp::client::DeviceEnrolment</name>
    <message>
        <source>&quot;%1&quot; is not a server address such as https://shop.example.com.</source>
        <translation>«%1» no es una dirección de servidor como https://shop.example.com.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2).</source>
        <translation>No se puede contactar con el servidor %1 (%2).</translation>
    </message>
    <message>
        <source>The enrolment code is not valid: it may be mistyped, used already or older than a day. Make a new one in the backoffice.</source>
        <translation>El código de alta no es válido: mal escrito, ya usado o de hace más de un día. Cree uno nuevo en el backoffice.</translation>
    </message>
    <message>
        <source>The server refused the enrolment (HTTP %1%2).</source>
        <translation>El servidor rechazó el alta (HTTP %1%2).</translation>
    </message>
</context>
<context>
    <name>tp::client::OutboxUploader</name>
    <message>
        <source>The server&apos;s answer to an upload could not be read; nothing was lost, it will be sent again.</source>
        <translation>No se pudo leer la respuesta del servidor a un envío; no se ha perdido nada, se volverá a enviar.</translation>
    </message>
    <message>
        <source>The outbox could not be read or updated: %1</source>
        <translation>No se pudieron leer ni actualizar los envíos pendientes: %1</translation>
    </message>
</context>
<context>
    <name>tp::client::ReplicaDatabase</name>
    <message>
        <source>Cannot open the local database %1</source>
        <translation>No se puede abrir la base de datos local %1</translation>
    </message>
    <message>
        <source>The local database cannot use write-ahead logging</source>
        <translation>La base de datos local no puede usar el registro de escritura anticipada</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>No se puede iniciar una transacción</translation>
    </message>
    <message>
        <source>Cannot commit a transaction</source>
        <translation>No se puede confirmar una transacción</translation>
    </message>
    <message>
        <source>Cannot prepare a statement</source>
        <translation>No se puede preparar una instrucción</translation>
    </message>
    <message>
        <source>A database statement failed</source>
        <translation>Error en una instrucción de la base de datos</translation>
    </message>
    <message>
        <source>A database query failed</source>
        <translation>Error en una consulta a la base de datos</translation>
    </message>
</context>
<context>
    <name>tp::client::StaffSession</name>
    <message>
        <source>&quot;%1&quot; is not a server address such as https://shop.example.com.</source>
        <translation>«%1» no es una dirección de servidor como https://shop.example.com.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2).</source>
        <translation>No se puede contactar con el servidor %1 (%2).</translation>
    </message>
    <message>
        <source>The session has ended; log in again.</source>
        <translation>La sesión ha terminado; inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>El correo o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>This shop&apos;s account is suspended: %1</source>
        <translation>La cuenta de esta tienda está suspendida: %1</translation>
    </message>
    <message>
        <source>Too many attempts; wait a few minutes and try again.</source>
        <translation>Demasiados intentos; espere unos minutos.</translation>
    </message>
    <message>
        <source>The server refused the login (HTTP %1%2).</source>
        <translation>El servidor rechazó el inicio de sesión (HTTP %1%2).</translation>
    </message>
</context>
<context>
    <name>tp::client::SyncApi</name>
    <message>
        <source>The server&apos;s answer could not be understood; it will be tried again.</source>
        <translation>No se pudo entender la respuesta del servidor; se volverá a intentar.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>El servidor no respondió en %n segundo.</numerusform>
            <numerusform>El servidor no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>No se puede conectar con el servidor (%1).</translation>
    </message>
    <message>
        <source>The server no longer accepts this device&apos;s credentials; enrol the device again.</source>
        <translation>El servidor ya no acepta las credenciales de este dispositivo; vuelva a registrar el dispositivo.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); nothing was lost, it will be tried again.</source>
        <translation>El servidor tuvo un problema (HTTP %1); no se ha perdido nada, se volverá a intentar.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>El servidor rechazó la solicitud: %1</translation>
    </message>
</context>
<context>
    <name>tp::client::SyncState</name>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload</source>
        <translation>
            <numerusform>%n cambio pendiente de subir</numerusform>
            <numerusform>%n cambios pendientes de subir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server: see the list</source>
        <translation>
            <numerusform>%n rechazado por el servidor: vea la lista</numerusform>
            <numerusform>%n rechazados por el servidor: vea la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>última sincronización %1</translation>
    </message>
</context>
<context>
    <name>tp::client::TypedInput</name>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>«%1» no es un importe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>«%1» no es una cantidad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100.</source>
        <translation>«%1» no es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a discount; type an amount or a percentage such as 10%.</source>
        <translation>«%1» no es un descuento; escriba un importe o un porcentaje como 10%.</translation>
    </message>
</context>
<context>
    <name>tp::pos::AppliedCoupon</name>
    <message>
        <source>The coupon %1 could not be read; ask the office to check it.</source>
        <translation>No se puede leer el cupón %1; pida a la oficina que lo revise.</translation>
    </message>
    <message>
        <source>The coupon %1 could not be read back.</source>
        <translation>No se pudo volver a leer el cupón %1.</translation>
    </message>
    <message>
        <source>No coupon has this code.</source>
        <translation>Ningún cupón tiene este código.</translation>
    </message>
    <message>
        <source>This coupon is no longer in use.</source>
        <translation>Este cupón ya no está en uso.</translation>
    </message>
    <message>
        <source>This coupon is for another currency than this store&apos;s.</source>
        <translation>Este cupón es de otra moneda que la de esta tienda.</translation>
    </message>
    <message>
        <source>This coupon is not valid yet.</source>
        <translation>Este cupón aún no es válido.</translation>
    </message>
    <message>
        <source>This coupon has expired.</source>
        <translation>Este cupón ha caducado.</translation>
    </message>
    <message>
        <source>This coupon has been used up.</source>
        <translation>Este cupón está agotado.</translation>
    </message>
    <message>
        <source>This coupon is once per customer: attach the customer first (Ctrl+K).</source>
        <translation>Este cupón es uno por cliente: asigne primero el cliente (Ctrl+K).</translation>
    </message>
    <message>
        <source>This customer has already used this coupon.</source>
        <translation>Este cliente ya ha usado este cupón.</translation>
    </message>
    <message>
        <source>The sale does not reach this coupon&apos;s minimum yet.</source>
        <translation>La venta aún no alcanza el mínimo de este cupón.</translation>
    </message>
    <message>
        <source>No item on the sale is one this coupon is for.</source>
        <translation>Ningún artículo de la venta es de los de este cupón.</translation>
    </message>
    <message>
        <source>The sale has a coupon already; remove it first.</source>
        <translation>La venta ya tiene un cupón; quítelo primero.</translation>
    </message>
    <message>
        <source>This coupon cannot be used.</source>
        <translation>Este cupón no se puede usar.</translation>
    </message>
</context>
<context>
    <name>tp::pos::CustomerBook</name>
    <message>
        <source>Type the customer&apos;s name (then, with commas, an e-mail or a phone).</source>
        <translation>Escriba el nombre del cliente (y luego, con comas, un correo o un teléfono).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo.</translation>
    </message>
</context>
<context>
    <name>tp::pos::DrawerControl</name>
    <message>
        <source>The cash drawer did not open (%1). Open it with its key; the sale is saved.</source>
        <translation>El cajón no se abrió (%1). Ábralo con su llave; la venta está guardada.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ParkedTickets</name>
    <message>
        <source>Nothing has been rung up to park.</source>
        <translation>No se ha registrado nada que aparcar.</translation>
    </message>
    <message>
        <source>Payment has started; finish or remove the payments before parking.</source>
        <translation>El pago ya ha comenzado; termine o quite los pagos antes de aparcar.</translation>
    </message>
    <message>
        <source>That parked sale is not here any more (recalled already?).</source>
        <translation>Esa venta aparcada ya no está (¿ya se recuperó?).</translation>
    </message>
</context>
<context>
    <name>tp::pos::ReceiptDesk</name>
    <message numerus="yes">
        <source>Receipt %1 is not printed: %2. The sale is saved; the receipt prints when the printer is fixed (next try in %n second(s)).</source>
        <translation>
            <numerusform>El ticket %1 no se ha impreso: %2. La venta está guardada; el ticket se imprimirá cuando se arregle la impresora (nuevo intento en %n segundo).</numerusform>
            <numerusform>El ticket %1 no se ha impreso: %2. La venta está guardada; el ticket se imprimirá cuando se arregle la impresora (nuevo intento en %n segundos).</numerusform>
        </translation>
    </message>
    <message>
        <source>No sale numbered %1 was rung on this register.</source>
        <translation>En esta caja no se registró ninguna venta con el número %1.</translation>
    </message>
    <message>
        <source>No receipt printer is set up; the sale is saved.</source>
        <translation>No hay impresora de tickets configurada; la venta está guardada.</translation>
    </message>
    <message>
        <source>The receipt of %1 could not be read back.</source>
        <translation>No se pudo leer el ticket de %1.</translation>
    </message>
    <message>
        <source>No sale has been rung on this register yet.</source>
        <translation>Aún no se ha registrado ninguna venta en esta caja.</translation>
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation>No hay impresora de tickets configurada.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ReceiptFacts</name>
    <message>
        <source>%1% off</source>
        <translation>%1 % de descuento</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>descuento</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>coupon %1</source>
        <translation>cupón %1</translation>
    </message>
    <message>
        <source>Gift card …%1</source>
        <translation>Tarjeta regalo …%1</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>tp::pos::ReceiptReturns</name>
    <message>
        <source>Pick the lines that come back.</source>
        <translation>Elija las líneas que se devuelven.</translation>
    </message>
    <message>
        <source>Say why the items come back.</source>
        <translation>Indique por qué se devuelven los artículos.</translation>
    </message>
    <message>
        <source>There is no line %1 on receipt %2.</source>
        <translation>No hay línea %1 en el ticket %2.</translation>
    </message>
    <message>
        <source>Of %1 only %2 can come back.</source>
        <translation>De %1 solo se pueden devolver %2.</translation>
    </message>
    <message>
        <source>Part of the money goes back to the card: refund it on the terminal and enter the terminal&apos;s reference.</source>
        <translation>Parte del dinero vuelve a la tarjeta: reembólsela en el terminal e introduzca su referencia.</translation>
    </message>
    <message>
        <source>No sale numbered %1 is known here (other tills&apos; sales arrive with the sync); a return without it needs a manager.</source>
        <translation>Aquí no se conoce ninguna venta con el número %1 (las ventas de otras cajas llegan con la sincronización); una devolución sin ticket necesita a un encargado.</translation>
    </message>
</context>
<context>
    <name>tp::pos::Sale</name>
    <message>
        <source>Payment has started; remove the payments to change the sale.</source>
        <translation>El pago ya ha comenzado; quite los pagos para cambiar la venta.</translation>
    </message>
    <message>
        <source>There is no line %1 on this sale.</source>
        <translation>Esta venta no tiene la línea %1.</translation>
    </message>
    <message>
        <source>Payment has started; remove the payments to add items.</source>
        <translation>El pago ya ha comenzado; quite los pagos para añadir artículos.</translation>
    </message>
    <message>
        <source>A quantity of 0 adds nothing.</source>
        <translation>Una cantidad de 0 no añade nada.</translation>
    </message>
    <message>
        <source>%1 is priced in %2, but this store sells in %3.</source>
        <translation>%1 tiene un precio en %2, pero esta tienda vende en %3.</translation>
    </message>
    <message>
        <source>A quantity of 0 is not a sale; void the line instead.</source>
        <translation>Una cantidad de 0 no es una venta; anule la línea en su lugar.</translation>
    </message>
    <message>
        <source>Payment has started; remove the payments to give a discount.</source>
        <translation>El pago ya ha comenzado; quite los pagos para aplicar un descuento.</translation>
    </message>
    <message>
        <source>Say why the line is voided.</source>
        <translation>Indique por qué se anula la línea.</translation>
    </message>
    <message>
        <source>Nothing has been rung up yet.</source>
        <translation>Todavía no se ha registrado nada.</translation>
    </message>
    <message>
        <source>The cash taken must be more than nothing.</source>
        <translation>El efectivo recibido debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Nothing is left to pay.</source>
        <translation>No queda nada por pagar.</translation>
    </message>
    <message>
        <source>A card payment must be more than nothing.</source>
        <translation>Un pago con tarjeta debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>A card pays at most what is due.</source>
        <translation>Una tarjeta paga como máximo el importe pendiente.</translation>
    </message>
    <message>
        <source>Enter the card terminal&apos;s reference for this payment.</source>
        <translation>Introduzca la referencia del terminal de tarjetas para este pago.</translation>
    </message>
    <message>
        <source>The sale is not paid in full yet.</source>
        <translation>La venta aún no está pagada por completo.</translation>
    </message>
    <message>
        <source>The saved sale could not be read back.</source>
        <translation>No se pudo leer la venta guardada.</translation>
    </message>
    <message>
        <source>The saved sale belongs to another store.</source>
        <translation>La venta guardada pertenece a otra tienda.</translation>
    </message>
    <message>
        <source>A price cannot be below zero; ring the item as a return instead.</source>
        <translation>Un precio no puede ser negativo; registre el artículo como devolución.</translation>
    </message>
    <message>
        <source>Say why the price is changed.</source>
        <translation>Indique por qué se cambia el precio.</translation>
    </message>
    <message>
        <source>Nothing is owed to the customer.</source>
        <translation>No se le debe nada al cliente.</translation>
    </message>
    <message>
        <source>Payment has started; remove the payments to use a coupon.</source>
        <translation>El pago ha empezado; quite los pagos para usar un cupón.</translation>
    </message>
    <message>
        <source>A gift card payment must be more than nothing.</source>
        <translation>Un pago con tarjeta regalo debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>A gift card pays at most what is due.</source>
        <translation>Una tarjeta regalo paga como máximo lo pendiente.</translation>
    </message>
    <message>
        <source>Enter or scan the gift card&apos;s code.</source>
        <translation>Escriba o escanee el código de la tarjeta regalo.</translation>
    </message>
    <message>
        <source>Store credit is a customer&apos;s: attach the customer first (Ctrl+K).</source>
        <translation>El saldo es de un cliente: asigne primero el cliente (Ctrl+K).</translation>
    </message>
    <message>
        <source>A store credit payment must be more than nothing.</source>
        <translation>Un pago con saldo debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Store credit pays at most what is due.</source>
        <translation>El saldo paga como máximo lo pendiente.</translation>
    </message>
</context>
<context>
    <name>tp::pos::SaleRecorder</name>
    <message>
        <source>The sale is not paid in full yet.</source>
        <translation>La venta aún no está pagada por completo.</translation>
    </message>
    <message>
        <source>Say why the sale is voided.</source>
        <translation>Indique por qué se anula la venta.</translation>
    </message>
    <message>
        <source>Payments were taken; remove or refund them before voiding the sale.</source>
        <translation>Se han cobrado pagos; quítelos o reembólselos antes de anular la venta.</translation>
    </message>
    <message>
        <source>Nothing has been rung up to void.</source>
        <translation>No se ha registrado nada que anular.</translation>
    </message>
</context>
<context>
    <name>tp::pos::SaleSupervisor</name>
    <message>
        <source>A discount of %1 on a line is more than a cashier may give alone (%2): a manager&apos;s PIN is needed.</source>
        <translation>Un descuento del %1 en una línea supera lo que un cajero puede dar solo (%2): se necesita el PIN de un encargado.</translation>
    </message>
    <message>
        <source>A discount of %1 on the sale is more than a cashier may give alone (%2): a manager&apos;s PIN is needed.</source>
        <translation>Un descuento del %1 en la venta supera lo que un cajero puede dar solo (%2): se necesita el PIN de un encargado.</translation>
    </message>
    <message>
        <source>A cashier may not lower a price alone: a manager&apos;s PIN is needed.</source>
        <translation>Un cajero no puede bajar un precio solo: se necesita el PIN de un encargado.</translation>
    </message>
    <message>
        <source>Lowering the price by %1 is more than a cashier may alone (%2): a manager&apos;s PIN is needed.</source>
        <translation>Bajar el precio un %1 supera lo que un cajero puede hacer solo (%2): se necesita el PIN de un encargado.</translation>
    </message>
    <message>
        <source>Say how many come back.</source>
        <translation>Indique cuántos se devuelven.</translation>
    </message>
    <message>
        <source>An item coming back without its receipt needs a manager&apos;s PIN.</source>
        <translation>Una devolución sin ticket necesita el PIN de un encargado.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ShiftBook</name>
    <message>
        <source>No shift is open; open one with the float in the drawer first.</source>
        <translation>No hay ningún turno abierto; abra uno con el fondo de caja.</translation>
    </message>
    <message>
        <source>The float cannot be below zero.</source>
        <translation>El fondo de caja no puede ser negativo.</translation>
    </message>
    <message>
        <source>A shift is open already (since %1); close it first.</source>
        <translation>Ya hay un turno abierto (desde %1); ciérrelo primero.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Introduzca un importe mayor que cero.</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out.</source>
        <translation>Indique por qué entra o sale efectivo.</translation>
    </message>
    <message>
        <source>The drawer should hold only %1; %2 cannot be taken out.</source>
        <translation>La caja solo debería tener %1; no se pueden retirar %2.</translation>
    </message>
    <message>
        <source>The X report shows the cash expected in the drawer; a manager reads it, so that the count at the close stays blind.</source>
        <translation>El informe X muestra el efectivo esperado en la caja; lo lee un encargado para que el recuento al cierre siga siendo a ciegas.</translation>
    </message>
    <message>
        <source>The counted cash cannot be below zero.</source>
        <translation>El efectivo contado no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ShiftReportRows</name>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Other tenders</source>
        <translation>Otros medios de pago</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Cash paid back</source>
        <translation>Efectivo devuelto</translation>
    </message>
    <message>
        <source>Card refunds</source>
        <translation>Reembolsos a tarjeta</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fondo de caja</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entrada de efectivo</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Salida de efectivo</translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation>Esperado en la caja</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>The drawer is right.</source>
        <translation>La caja cuadra.</translation>
    </message>
    <message>
        <source>Over by</source>
        <translation>Sobrante</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>Faltante</translation>
    </message>
</context>
<context>
    <name>tp::pos::StaffLogin</name>
    <message>
        <source>This person is not known at this register yet; their PIN arrives with the next sync.</source>
        <translation>Esta persona aún no es conocida en esta caja; su PIN llegará con la próxima sincronización.</translation>
    </message>
    <message>
        <source>%1 may not work at the register any more.</source>
        <translation>%1 ya no puede trabajar en la caja.</translation>
    </message>
    <message>
        <source>%1 has no register PIN yet; set one in the backoffice.</source>
        <translation>%1 aún no tiene PIN de caja; asigne uno en el backoffice.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: %1 is locked out until %2.</source>
        <translation>Demasiados PIN incorrectos: %1 está bloqueado hasta las %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %1 is now locked out for %n minute(s).</source>
        <translation>
            <numerusform>PIN incorrecto. %1 queda bloqueado durante %n minuto.</numerusform>
            <numerusform>PIN incorrecto. %1 queda bloqueado durante %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before the lockout.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento antes del bloqueo.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos antes del bloqueo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why this is approved.</source>
        <translation>Indique por qué se aprueba.</translation>
    </message>
    <message>
        <source>%1 cannot approve this; a manager must.</source>
        <translation>%1 no puede aprobar esto; debe hacerlo un encargado.</translation>
    </message>
</context>
<context>
    <name>tp::pos::Till</name>
    <message>
        <source>Log in with your PIN first.</source>
        <translation>Inicie sesión primero con su PIN.</translation>
    </message>
    <message>
        <source>Finish, park or void the sale on the screen before closing the shift.</source>
        <translation>Termine, aparque o anule la venta en pantalla antes de cerrar el turno.</translation>
    </message>
    <message>
        <source>Open a shift with the float in the drawer first.</source>
        <translation>Abra primero un turno con el fondo de caja.</translation>
    </message>
    <message>
        <source>No item has the code %1.</source>
        <translation>Ningún artículo tiene el código %1.</translation>
    </message>
    <message>
        <source>Park or finish the sale on the screen before recalling another.</source>
        <translation>Aparque o termine la venta en pantalla antes de recuperar otra.</translation>
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation>No hay impresora de tickets configurada.</translation>
    </message>
    <message>
        <source>The sale is not settled yet.</source>
        <translation>La venta aún no está saldada.</translation>
    </message>
    <message>
        <source>The scale label %1 names item %2, which this register does not know.</source>
        <translation>La etiqueta de báscula %1 indica el artículo %2, que esta caja no conoce.</translation>
    </message>
    <message>
        <source>Payment has started; remove the payments to change the customer.</source>
        <translation>El pago ha empezado; quite los pagos para cambiar el cliente.</translation>
    </message>
    <message>
        <source>The sale on the screen could not be kept on disk (%1); finish it soon.</source>
        <translation>La venta en pantalla no se pudo guardar en el disco (%1); termínela pronto.</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Informe Z</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Informe X</translation>
    </message>
    <message>
        <source>No cash drawer is set up.</source>
        <translation>No hay cajón portamonedas configurado.</translation>
    </message>
    <message>
        <source>The sale has no coupon.</source>
        <translation>La venta no tiene cupón.</translation>
    </message>
    <message>
        <source>The coupon %1 was taken off: %2</source>
        <translation>Se quitó el cupón %1: %2</translation>
    </message>
    <message>
        <source>No gift card has this code.</source>
        <translation>Ninguna tarjeta regalo tiene este código.</translation>
    </message>
    <message>
        <source>The customer has no store credit.</source>
        <translation>El cliente no tiene saldo a favor.</translation>
    </message>
    <message>
        <source>The balance cannot be checked now (%1); take another payment.</source>
        <translation>No se puede comprobar el saldo ahora (%1); cobre de otra forma.</translation>
    </message>
    <message>
        <source>The balance cannot be checked now (%1); without a check at most %2 can be taken.</source>
        <translation>No se puede comprobar el saldo ahora (%1); sin comprobación, como máximo %2.</translation>
    </message>
    <message>
        <source>This gift card is blocked; ask the office.</source>
        <translation>Esta tarjeta regalo está bloqueada; consulte a la oficina.</translation>
    </message>
    <message>
        <source>This gift card is in %1, this store sells in %2.</source>
        <translation>Esta tarjeta regalo está en %1 y esta tienda vende en %2.</translation>
    </message>
    <message>
        <source>The gift card holds only %1.</source>
        <translation>La tarjeta regalo solo tiene %1.</translation>
    </message>
    <message>
        <source>The customer&apos;s store credit is only %1.</source>
        <translation>El saldo a favor del cliente es solo de %1.</translation>
    </message>
    <message>
        <source>The sale changed while the balance was checked; take the payment again.</source>
        <translation>La venta cambió mientras se comprobaba el saldo; cobre de nuevo.</translation>
    </message>
    <message>
        <source>this register has no server to ask</source>
        <translation>esta caja no tiene servidor al que preguntar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo.</translation>
    </message>
    <message>
        <source>This register keeps no receipts to send.</source>
        <translation>Esta caja no guarda tickets para enviar.</translation>
    </message>
    <message>
        <source>No sale has been rung on this register yet.</source>
        <translation>Aún no se ha vendido nada en esta caja.</translation>
    </message>
    <message>
        <source>Your receipt %1 from %2</source>
        <translation>Su ticket %1 de %2</translation>
    </message>
</context>
<context>
    <name>tp::pos::app::EnrolmentScreen</name>
    <message>
        <source>Enrol this register</source>
        <translation>Dar de alta esta caja</translation>
    </message>
    <message>
        <source>Set up this register</source>
        <translation>Preparar esta caja</translation>
    </message>
    <message>
        <source>In the backoffice, make an enrolment code for this till (Registers → New register). Type the server&apos;s address and the code here.</source>
        <translation>En el backoffice, cree un código de alta para esta caja (Cajas → Nueva caja). Escriba aquí la dirección del servidor y el código.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Código de alta</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
</context>
<context>
    <name>tp::pos::app::FirstSyncScreen</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Bringing the shop&apos;s catalog to this register</source>
        <translation>El catálogo de la tienda llega a esta caja</translation>
    </message>
    <message>
        <source>%1 changes so far.</source>
        <translation>%1 cambios hasta ahora.</translation>
    </message>
    <message>
        <source>%1 changes so far (%2 %).</source>
        <translation>%1 cambios hasta ahora (%2 %).</translation>
    </message>
</context>
<context>
    <name>tp::pos::app::RegisterApp</name>
    <message>
        <source>Tillpoint — set up this register</source>
        <translation>Tillpoint — preparar esta caja</translation>
    </message>
    <message>
        <source>The first sync stopped; press Go on to continue from where it stopped.</source>
        <translation>La primera sincronización se detuvo; «Continuar» sigue desde donde se quedó.</translation>
    </message>
    <message>
        <source>Offline — sales are kept and sent when the server is back</source>
        <translation>Sin conexión — las ventas se guardan y se envían cuando vuelva el servidor</translation>
    </message>
    <message>
        <source>The receipt printer &quot;%1&quot; cannot be used: %2</source>
        <translation>No se puede usar la impresora de tickets «%1»: %2</translation>
    </message>
    <message>
        <source>The barcode scanner &quot;%1&quot; cannot be used: %2</source>
        <translation>No se puede usar el lector de códigos «%1»: %2</translation>
    </message>
    <message>
        <source>Barcode scanner: %1</source>
        <translation>Lector de códigos: %1</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::CashDrawer</name>
    <message>
        <source>A serial drawer does not report whether it is open.</source>
        <translation>Un cajón portamonedas serie no informa de si está abierto.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::Code128</name>
    <message>
        <source>A CODE128 barcode needs at least one character.</source>
        <translation>Un código de barras CODE128 necesita al menos un carácter.</translation>
    </message>
    <message>
        <source>CODE128 holds only ASCII characters.</source>
        <translation>CODE128 solo admite caracteres ASCII.</translation>
    </message>
    <message>
        <source>The CODE128 data is too long for one barcode.</source>
        <translation>Los datos CODE128 son demasiado largos para un solo código de barras.</translation>
    </message>
    <message>
        <source>An EAN-13 needs 12 digits, or 13 with a correct check digit.</source>
        <translation>Un EAN-13 necesita 12 dígitos, o 13 con un dígito de control correcto.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::DeviceDiscovery</name>
    <message>
        <source>(cannot open: %1)</source>
        <translation>(no se puede abrir: %1)</translation>
    </message>
    <message>
        <source>bus %1 device %2 %3</source>
        <translation>bus %1 dispositivo %2 %3</translation>
    </message>
    <message>
        <source>cannot list USB devices: %1</source>
        <translation>no se pueden listar los dispositivos USB: %1</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::DeviceUri</name>
    <message>
        <source>Device &quot;%1&quot;: %2</source>
        <translation>Dispositivo «%1»: %2</translation>
    </message>
    <message>
        <source>use usb://&lt;vid&gt;:&lt;pid&gt;[/&lt;serial&gt;], serial:///dev/ttyUSB0?baud=19200, tcp://host:9100 or file:///path</source>
        <translation>use usb://&lt;vid&gt;:&lt;pid&gt;[/&lt;serial&gt;], serial:///dev/ttyUSB0?baud=19200, tcp://host:9100 o file:///path</translation>
    </message>
    <message>
        <source>the serial number after &quot;/&quot; is empty</source>
        <translation>el número de serie tras «/» está vacío</translation>
    </message>
    <message>
        <source>expected usb://&lt;vid&gt;:&lt;pid&gt; with 4 hex digits each, e.g. usb://04b8:0202</source>
        <translation>se esperaba usb://&lt;vid&gt;:&lt;pid&gt; con 4 dígitos hexadecimales cada uno, p. ej. usb://04b8:0202</translation>
    </message>
    <message>
        <source>no port given, e.g. serial:///dev/ttyUSB0</source>
        <translation>no se indicó ningún puerto, p. ej. serial:///dev/ttyUSB0</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (known: baud, data, parity, stop, flow)</source>
        <translation>opción «%1» desconocida (conocidas: baud, data, parity, stop, flow)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>«%1» no es un valor válido para %2</translation>
    </message>
    <message>
        <source>no host given, e.g. tcp://192.168.1.50:9100</source>
        <translation>no se indicó ningún host, p. ej. tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>el puerto debe estar entre 1 y 65535</translation>
    </message>
    <message>
        <source>a tcp:// device takes only a host and a port</source>
        <translation>un dispositivo tcp:// solo admite un host y un puerto</translation>
    </message>
    <message>
        <source>no device given; %1</source>
        <translation>no se indicó ningún dispositivo; %1</translation>
    </message>
    <message>
        <source>not a valid URI (%1)</source>
        <translation>URI no válida (%1)</translation>
    </message>
    <message>
        <source>expected an absolute path, e.g. file:///tmp/receipt.bin</source>
        <translation>se esperaba una ruta absoluta, p. ej. file:///tmp/receipt.bin</translation>
    </message>
    <message>
        <source>no scheme; %1</source>
        <translation>sin esquema; %1</translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot;; %2</source>
        <translation>esquema «%1» desconocido; %2</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::EscPosEncoder</name>
    <message>
        <source>The CODE128 barcode is wider than the paper even at its narrowest.</source>
        <translation>El código de barras CODE128 es más ancho que el papel incluso en su anchura mínima.</translation>
    </message>
    <message>
        <source>A QR code needs between 1 and 7089 bytes of data.</source>
        <translation>Un código QR necesita entre 1 y 7089 bytes de datos.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::FileTransport</name>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>No se puede abrir %1 para escritura: %2</translation>
    </message>
    <message>
        <source>Writing to %1 failed: %2</source>
        <translation>Error al escribir en %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot report status: it is a file.</source>
        <translation>%1 no puede informar de su estado: es un archivo.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::PrintJobSpool</name>
    <message>
        <source>Cannot create the print spool folder %1.</source>
        <translation>No se puede crear la carpeta de cola de impresión %1.</translation>
    </message>
    <message>
        <source>Cannot write print job %1 to %2: %3</source>
        <translation>No se puede escribir el trabajo de impresión %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::PrintQueue</name>
    <message>
        <source>Printer %1: %2.</source>
        <translation>Impresora %1: %2.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::PrinterStatus</name>
    <message>
        <source>offline</source>
        <translation>fuera de línea</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>tapa abierta</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>sin papel</translation>
    </message>
    <message>
        <source>paper near end</source>
        <translation>papel casi agotado</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>estado desconocido</translation>
    </message>
    <message>
        <source>drawer open</source>
        <translation>cajón portamonedas abierto</translation>
    </message>
    <message>
        <source>drawer closed</source>
        <translation>cajón portamonedas cerrado</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::SerialScanner</name>
    <message>
        <source>Cannot open scanner port %1: %2</source>
        <translation>No se puede abrir el puerto del escáner %1: %2</translation>
    </message>
    <message>
        <source>Scanner on %1 stopped responding: %2</source>
        <translation>El escáner en %1 dejó de responder: %2</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::SerialTransport</name>
    <message>
        <source>Serial port %1 does not exist: is the printer or its adapter plugged in?</source>
        <translation>El puerto serie %1 no existe: ¿están conectados la impresora o su adaptador?</translation>
    </message>
    <message>
        <source>No permission to open %1 (in use, or the user is not in the dialout group): %2</source>
        <translation>Sin permiso para abrir %1 (en uso, o el usuario no pertenece al grupo dialout): %2</translation>
    </message>
    <message>
        <source>Cannot open serial port %1: %2</source>
        <translation>No se puede abrir el puerto serie %1: %2</translation>
    </message>
    <message>
        <source>Serial port %1 rejected the line settings (%2 baud): %3</source>
        <translation>El puerto serie %1 rechazó la configuración de línea (%2 baudios): %3</translation>
    </message>
    <message>
        <source>Writing to serial port %1 failed: %2</source>
        <translation>Error al escribir en el puerto serie %1: %2</translation>
    </message>
    <message>
        <source>Serial printer %1 stopped taking data: %2 of %3 bytes sent in %4 ms.</source>
        <translation>La impresora serie %1 dejó de aceptar datos: %2 de %3 bytes enviados en %4 ms.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::StatusQuery</name>
    <message>
        <source>Printer %1 did not answer the status request DLE EOT %2 within %3 ms.</source>
        <translation>La impresora %1 no respondió a la consulta de estado DLE EOT %2 en %3 ms.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::TcpTransport</name>
    <message>
        <source>Printer %1 did not accept a connection within %2 ms.</source>
        <translation>La impresora %1 no aceptó ninguna conexión en %2 ms.</translation>
    </message>
    <message>
        <source>Printer %1 refused the connection: is it switched on and is the port right?</source>
        <translation>La impresora %1 rechazó la conexión: ¿está encendida y es correcto el puerto?</translation>
    </message>
    <message>
        <source>Cannot connect to printer %1: %2</source>
        <translation>No se puede conectar con la impresora %1: %2</translation>
    </message>
    <message>
        <source>Writing to printer %1 failed: %2</source>
        <translation>Error al escribir en la impresora %1: %2</translation>
    </message>
    <message>
        <source>Printer %1 closed the connection after %2 of %3 bytes: %4</source>
        <translation>La impresora %1 cerró la conexión tras %2 de %3 bytes: %4</translation>
    </message>
    <message>
        <source>Printer %1 stopped taking data: %2 of %3 bytes sent in %4 ms.</source>
        <translation>La impresora %1 dejó de aceptar datos: %2 de %3 bytes enviados en %4 ms.</translation>
    </message>
    <message>
        <source>Printer %1 closed the connection.</source>
        <translation>La impresora %1 cerró la conexión.</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::TestPage</name>
    <message>
        <source>Printer test page</source>
        <translation>Página de prueba de la impresora</translation>
    </message>
    <message>
        <source>Profile: %1 (%2 columns)</source>
        <translation>Perfil: %1 (%2 columnas)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Underlined</source>
        <translation>Subrayado</translation>
    </message>
    <message>
        <source>Double width</source>
        <translation>Doble ancho</translation>
    </message>
    <message>
        <source>Code table sample:</source>
        <translation>Muestra de la tabla de códigos:</translation>
    </message>
    <message>
        <source>End of test page</source>
        <translation>Fin de la página de prueba</translation>
    </message>
</context>
<context>
    <name>tp::pos::devices::UsbTransport</name>
    <message>
        <source>USB printer %1 did not respond in time while %2 (%3).</source>
        <translation>La impresora USB %1 no respondió a tiempo al %2 (%3).</translation>
    </message>
    <message>
        <source>USB printer %1 stalled the endpoint while %2 (%3): check paper and cover, then switch it off and on.</source>
        <translation>La impresora USB %1 bloqueó el endpoint al %2 (%3): compruebe el papel y la tapa, y apáguela y vuelva a encenderla.</translation>
    </message>
    <message>
        <source>USB printer %1 was disconnected while %2 (%3).</source>
        <translation>La impresora USB %1 se desconectó al %2 (%3).</translation>
    </message>
    <message>
        <source>No permission to use USB printer %1 while %2 (%3): install the Tillpoint udev rule (see docs/devices.md) and plug the printer in again.</source>
        <translation>Sin permiso para usar la impresora USB %1 al %2 (%3): instale la regla udev de Tillpoint (consulte docs/devices.md) y vuelva a conectar la impresora.</translation>
    </message>
    <message>
        <source>USB printer %1 is in use by another program or driver while %2 (%3): stop CUPS or other POS software using it.</source>
        <translation>La impresora USB %1 está en uso por otro programa o controlador al %2 (%3): detenga CUPS u otro software de TPV que la esté usando.</translation>
    </message>
    <message>
        <source>USB printer %1 failed while %2 (%3).</source>
        <translation>La impresora USB %1 falló al %2 (%3).</translation>
    </message>
    <message>
        <source>listing USB devices</source>
        <translation>listar los dispositivos USB</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>abrirla</translation>
    </message>
    <message>
        <source>No USB device %1:%2 is connected: check the cable and that the printer is on (tillpoint-pos --list-devices shows what is seen).</source>
        <translation>No hay ningún dispositivo USB %1:%2 conectado: compruebe el cable y que la impresora esté encendida (tillpoint-pos --list-devices muestra los dispositivos detectados).</translation>
    </message>
    <message>
        <source>USB device %1:%2 has no printer interface with a bulk OUT endpoint: it is not a receipt printer in USB printer mode.</source>
        <translation>El dispositivo USB %1:%2 no tiene una interfaz de impresora con endpoint bulk OUT: no es una impresora de tickets en modo impresora USB.</translation>
    </message>
    <message>
        <source>No USB printer %1:%2 with serial number %3 is connected.</source>
        <translation>No hay ninguna impresora USB %1:%2 con el número de serie %3 conectada.</translation>
    </message>
    <message>
        <source>detaching the kernel driver</source>
        <translation>desvincular el controlador del kernel</translation>
    </message>
    <message>
        <source>reading the active configuration</source>
        <translation>leer la configuración activa</translation>
    </message>
    <message>
        <source>setting the configuration</source>
        <translation>establecer la configuración</translation>
    </message>
    <message>
        <source>claiming the printer interface</source>
        <translation>reservar la interfaz de impresora</translation>
    </message>
    <message>
        <source>selecting the interface setting</source>
        <translation>seleccionar el ajuste de interfaz</translation>
    </message>
    <message>
        <source>sending data, %1 of %2 bytes sent</source>
        <translation>enviar datos, %1 de %2 bytes enviados</translation>
    </message>
    <message>
        <source>USB printer %1 has no IN endpoint: it cannot report status.</source>
        <translation>La impresora USB %1 no tiene endpoint IN: no puede informar de su estado.</translation>
    </message>
    <message>
        <source>reading status</source>
        <translation>leer el estado</translation>
    </message>
</context>
<context>
    <name>tp::pos::ui::ItemPicker</name>
    <message>
        <source>That item has nothing this store can sell (no price here, or archived).</source>
        <translation>Esta tienda no puede vender nada de este artículo (sin precio aquí o archivado).</translation>
    </message>
    <message>
        <source>Which one?</source>
        <translation>¿Cuál?</translation>
    </message>
</context>
<context>
    <name>tp::pos::ui::LoginScreen</name>
    <message>
        <source>Who is working?</source>
        <translation>¿Quién trabaja?</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Nobody can log in here yet: set staff PINs in the backoffice, then wait for the sync.</source>
        <translation>Aún nadie puede iniciar sesión aquí: asigne PIN al personal en el backoffice y espere la sincronización.</translation>
    </message>
    <message>
        <source>Pick your name first.</source>
        <translation>Elija primero su nombre.</translation>
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
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Can come back</source>
        <translation>Se puede devolver</translation>
    </message>
    <message>
        <source>Comes back</source>
        <translation>Se devuelve</translation>
    </message>
    <message>
        <source>Why does it come back?</source>
        <translation>¿Por qué se devuelve?</translation>
    </message>
    <message>
        <source>Card terminal&apos;s refund reference (for the card part)</source>
        <translation>Referencia de reembolso del terminal (para la parte con tarjeta)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Return from receipt %1</source>
        <translation>Devolución del ticket %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>in cash</source>
        <translation>en efectivo</translation>
    </message>
    <message>
        <source>to the card</source>
        <translation>a la tarjeta</translation>
    </message>
    <message>
        <source>Refunded %1: %2.</source>
        <translation>Reembolsado %1: %2.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ui::SaleScreen</name>
    <message>
        <source>Scan or type a code, or type a number and press a function key</source>
        <translation>Escanee o escriba un código, o escriba un número y pulse una tecla de función</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN del encargado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>Descuento en la venta</translation>
    </message>
    <message>
        <source>Void line</source>
        <translation>Anular línea</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Aparcar</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Anular venta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Still due: %1</source>
        <translation>Pendiente: %1</translation>
    </message>
    <message>
        <source>Type the quantity, then F2.</source>
        <translation>Escriba la cantidad y pulse F2.</translation>
    </message>
    <message>
        <source>Type the new price and why (&quot;12.50 price match&quot;), then F10.</source>
        <translation>Escriba el nuevo precio y el motivo («12,50 igualar precio») y pulse F10.</translation>
    </message>
    <message>
        <source>Type why the line is voided, then F4.</source>
        <translation>Escriba por qué se anula la línea y pulse F4.</translation>
    </message>
    <message>
        <source>The sale is parked; F6 brings it back.</source>
        <translation>La venta está aparcada; F6 la recupera.</translation>
    </message>
    <message>
        <source>No sale is parked.</source>
        <translation>No hay ninguna venta aparcada.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) parked; type 1 to %n, then F6.</source>
        <translation>
            <numerusform>%n venta aparcada; escriba de 1 a %n y pulse F6.</numerusform>
            <numerusform>%n ventas aparcadas; escriba de 1 a %n y pulse F6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type why the whole sale is voided, then F7.</source>
        <translation>Escriba por qué se anula toda la venta y pulse F7.</translation>
    </message>
    <message>
        <source>Change: %1 — sale %2 saved.</source>
        <translation>Cambio: %1 — venta %2 guardada.</translation>
    </message>
    <message>
        <source>Type the card terminal&apos;s reference (the amount first for part of the sale), then F9.</source>
        <translation>Escriba la referencia del terminal de tarjetas (primero el importe para una parte de la venta) y pulse F9.</translation>
    </message>
    <message>
        <source>Sale %1 saved.</source>
        <translation>Venta %1 guardada.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <source>Reprinting %1.</source>
        <translation>Reimprimiendo %1.</translation>
    </message>
    <message>
        <source>the last receipt</source>
        <translation>el último ticket</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number, then Shift+F4.</source>
        <translation>Escanee el código de barras del ticket o escriba su número y pulse Mayús+F4.</translation>
    </message>
    <message>
        <source>Return, no receipt</source>
        <translation>Devolución sin ticket</translation>
    </message>
    <message>
        <source>Scan or type the item that comes back, then Ctrl+F4.</source>
        <translation>Escanee o escriba el artículo que se devuelve y pulse Ctrl+F4.</translation>
    </message>
    <message>
        <source>Give back %1 in cash — sale %2 saved.</source>
        <translation>Devuelva %1 en efectivo — venta %2 guardada.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>%1 is a new customer.</source>
        <translation>%1 es un cliente nuevo.</translation>
    </message>
    <message>
        <source>customer: %1</source>
        <translation>cliente: %1</translation>
    </message>
    <message>
        <source>The sale is for no one in particular now.</source>
        <translation>La venta ya no es para ningún cliente.</translation>
    </message>
    <message>
        <source>The sale is for %1.</source>
        <translation>La venta es para %1.</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;; Ctrl+Shift+K makes a new one (&quot;Name, e-mail, phone&quot;).</source>
        <translation>Ningún cliente coincide con «%1»; Ctrl+Mayús+K crea uno nuevo («Nombre, correo, teléfono»).</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match: %1. Type more of the name, e-mail or phone.</source>
        <translation>
            <numerusform>%n cliente coincide: %1. Escriba más del nombre, el correo o el teléfono.</numerusform>
            <numerusform>%n clientes coinciden: %1. Escriba más del nombre, el correo o el teléfono.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Abrir cajón</translation>
    </message>
    <message>
        <source>The drawer opens (recorded as a no-sale open).</source>
        <translation>El cajón se abre (registrado como apertura sin venta).</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Cupón</translation>
    </message>
    <message>
        <source>Coupon %1: nothing off yet. %2</source>
        <translation>Cupón %1: aún sin descuento. %2</translation>
    </message>
    <message>
        <source>Coupon %1: %2</source>
        <translation>Cupón %1: %2</translation>
    </message>
    <message>
        <source>Type or scan the coupon&apos;s code, then Ctrl+U.</source>
        <translation>Escriba o escanee el código del cupón y pulse Ctrl+U.</translation>
    </message>
    <message>
        <source>The coupon is off the sale.</source>
        <translation>El cupón se ha quitado de la venta.</translation>
    </message>
    <message>
        <source>Coupon %1 is on the sale.</source>
        <translation>El cupón %1 está aplicado a la venta.</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Tarjeta regalo</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>Scan or type the gift card&apos;s code (the amount first for part of the sale), then Ctrl+G.</source>
        <translation>Escanee o escriba el código de la tarjeta regalo (primero el importe para parte de la venta) y pulse Ctrl+G.</translation>
    </message>
    <message>
        <source>Checking the gift card…</source>
        <translation>Comprobando la tarjeta regalo…</translation>
    </message>
    <message>
        <source>%1 onto %2&apos;s store credit.</source>
        <translation>%1 al saldo a favor de %2.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>Checking the store credit…</source>
        <translation>Comprobando el saldo a favor…</translation>
    </message>
    <message>
        <source>%1 points, %2 with this sale</source>
        <translation>%1 puntos, %2 con esta venta</translation>
    </message>
    <message>
        <source>E-mail receipt</source>
        <translation>Ticket por correo</translation>
    </message>
    <message>
        <source>Type the customer&apos;s e-mail address (a receipt number first for another sale), then Ctrl+E.</source>
        <translation>Escriba el correo del cliente (primero el número de ticket para otra venta) y pulse Ctrl+E.</translation>
    </message>
    <message>
        <source>The receipt goes to %1 with the next sync.</source>
        <translation>El ticket se enviará a %1 con la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>tp::pos::ui::ShiftScreen</name>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reason (cash in or out)</source>
        <translation>Motivo (entrada o salida de efectivo)</translation>
    </message>
    <message>
        <source>Open shift with this float</source>
        <translation>Abrir turno con este fondo</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entrada de efectivo</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Salida de efectivo</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Informe X</translation>
    </message>
    <message>
        <source>Close shift with this count</source>
        <translation>Cerrar turno con este recuento</translation>
    </message>
    <message>
        <source>Back to the sale</source>
        <translation>Volver a la venta</translation>
    </message>
    <message>
        <source>Shift open since %1 (%2), float %3.</source>
        <translation>Turno abierto desde %1 (%2), fondo %3.</translation>
    </message>
    <message>
        <source>No shift is open. Count the float into the drawer and type it.</source>
        <translation>No hay ningún turno abierto. Cuente el fondo en la caja y escríbalo.</translation>
    </message>
    <message>
        <source>%1 put in the drawer.</source>
        <translation>%1 puesto en la caja.</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer.</source>
        <translation>%1 retirado de la caja.</translation>
    </message>
    <message>
        <source>Count the drawer and type what is in it, then F6. (%1)</source>
        <translation>Cuente la caja, escriba lo que contiene y pulse F6. (%1)</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Informe Z</translation>
    </message>
    <message>
        <source>The shift is closed and its Z report will reach the server with the next sync.</source>
        <translation>El turno está cerrado y su informe Z llegará al servidor con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Print X report</source>
        <translation>Imprimir informe X</translation>
    </message>
    <message>
        <source>The X report is printing.</source>
        <translation>El informe X se está imprimiendo.</translation>
    </message>
</context>
</TS>
