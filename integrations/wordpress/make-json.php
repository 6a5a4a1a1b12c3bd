<?php
/**
 * Writes the block editor script's translations for WordPress (wp_set_script_translations): from each
 * languages/coprowidgets-<locale>.po, the strings of blocks/widget/index.js as the JSON WordPress looks for,
 * languages/coprowidgets-<locale>-<md5 of blocks/widget/index.js>.json. Run by make-mo.sh:
 * `php make-json.php <languages folder> <output folder>`.
 *
 * @package CoProWidgets
 */

if ( PHP_SAPI !== 'cli' || 3 !== $argc ) {
	fwrite( STDERR, "usage: php make-json.php <languages folder> <output folder>\n" );
	exit( 2 );
}

const COPROWIDGETS_SCRIPT = 'blocks/widget/index.js';

/**
 * A .po string's value: what is between its quotes, unescaped.
 *
 * @param string $quoted Such as "Say \"hello\"".
 * @return string
 */
function coprowidgets_po_string( $quoted ) {
	return stripcslashes( substr( $quoted, 1, -1 ) );
}

foreach ( glob( $argv[1] . '/coprowidgets-*.po' ) as $po ) {
	$locale   = substr( basename( $po, '.po' ), strlen( 'coprowidgets-' ) );
	$messages = array();
	$header   = array();
	// make-pot.sh writes without wrapping: each entry is its comments, one msgid line and one msgstr line.
	foreach ( preg_split( '/\n\s*\n/', (string) file_get_contents( $po ) ) as $entry ) {
		if ( ! preg_match( '/^msgid (".*")$/m', $entry, $id ) || ! preg_match( '/^msgstr (".*")$/m', $entry, $text ) ) {
			continue;
		}
		$msgid = coprowidgets_po_string( $id[1] );
		if ( '' === $msgid ) {
			preg_match( '/^"Plural-Forms: (.*)\\\\n"$/m', $entry, $plural );
			$header = array(
				'domain'       => 'messages',
				'lang'         => $locale,
				'plural-forms' => isset( $plural[1] ) ? $plural[1] : 'nplurals=2; plural=(n != 1);',
			);
		} elseif ( preg_match( '/^#: .*' . preg_quote( COPROWIDGETS_SCRIPT, '/' ) . ':/m', $entry ) && ! preg_match( '/^#, .*fuzzy/m', $entry ) ) {
			$messages[ $msgid ] = array( coprowidgets_po_string( $text[1] ) );
		}
	}
	ksort( $messages, SORT_STRING );
	$json = array(
		'domain'      => 'messages',
		'locale_data' => array( 'messages' => array( '' => $header ) + $messages ),
	);
	$file = $argv[2] . '/coprowidgets-' . $locale . '-' . md5( COPROWIDGETS_SCRIPT ) . '.json';
	file_put_contents( $file, json_encode( $json, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) . "\n" );
	echo 'Wrote ', $file, "\n";
}
