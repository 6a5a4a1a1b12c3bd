<?php
/**
 * The language and format a widget is shown in. The widget site takes a language tag (lang=cy) and a format
 * (format=easy-read) and honours only the languages it offers; this plugin asks for the page's language, the one
 * WordPress writes in the page's own lang attribute, unless a widget's shortcode or block names another.
 *
 * @package CoProWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A WordPress locale (cy, en_GB, pl_PL, de_DE_formal) or a language tag (pl-PL) as a language tag: its language and
 * region, such as pl-PL; '' for anything that is not one. WordPress's variants (formal, informal, ao90) are not
 * languages the widget site could offer, so they go.
 *
 * @param mixed $value A locale or a tag.
 * @return string
 */
function coprowidgets_language_tag( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value || strlen( $value ) > 35 || ! preg_match( '/^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{1,8})*$/', $value ) ) {
		return '';
	}
	$parts = preg_split( '/[_-]/', $value );
	$tag   = strtolower( $parts[0] );
	foreach ( array_slice( $parts, 1 ) as $part ) {
		if ( preg_match( '/^[A-Za-z]{4}$/', $part ) ) {
			$tag .= '-' . ucfirst( strtolower( $part ) );
		} elseif ( preg_match( '/^(?:[A-Za-z]{2}|[0-9]{3})$/', $part ) ) {
			$tag .= '-' . strtoupper( $part );
			break;
		} else {
			break;
		}
	}
	return $tag;
}

/**
 * The language widgets ask for when they name none: the page's (determine_locale(), as in the page's lang attribute),
 * or '' on an English site, whose widgets then come in the widget site's own language, British English unless its
 * developers changed it. The coprowidgets_language filter can name another, such as 'en-GB'.
 *
 * @return string
 */
function coprowidgets_site_language() {
	$locale = determine_locale();
	$tag    = coprowidgets_language_tag( $locale );
	$tag    = 'en' === $tag || 0 === strpos( $tag, 'en-' ) ? '' : $tag;
	return coprowidgets_language_tag( apply_filters( 'coprowidgets_language', $tag, $locale ) );
}

/**
 * A widget's language: the one its shortcode or block names, when that is a language tag, or else the site's.
 *
 * @param mixed $asked What the shortcode or block says, or ''.
 * @return string
 */
function coprowidgets_widget_language( $asked ) {
	$tag = coprowidgets_language_tag( $asked );
	return '' === $tag ? coprowidgets_site_language() : $tag;
}

/**
 * A widget's format: 'easy-read' when asked for, '' (the standard one) for anything else.
 *
 * @param mixed $asked What the shortcode or block says, or ''.
 * @return string
 */
function coprowidgets_widget_format( $asked ) {
	return 'easy-read' === strtolower( trim( (string) $asked ) ) ? 'easy-read' : '';
}

/**
 * The language and format a pasted address asks for in its query (?lang=cy&format=easy-read), as choices.
 *
 * @param string $url The pasted address.
 * @return array{lang: string, format: string}
 */
function coprowidgets_address_variant( $url ) {
	$query = (string) wp_parse_url( $url, PHP_URL_QUERY );
	$asked = array();
	wp_parse_str( $query, $asked );
	return array(
		'lang'   => isset( $asked['lang'] ) && is_string( $asked['lang'] ) ? $asked['lang'] : '',
		'format' => isset( $asked['format'] ) && is_string( $asked['format'] ) ? $asked['format'] : '',
	);
}
