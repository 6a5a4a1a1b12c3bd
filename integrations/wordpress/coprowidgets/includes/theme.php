<?php
/**
 * The theme's presets for the widgets: the font, the text, background and link colours and the buttons' corner
 * radius from the theme's global styles (theme.json) become the widgets' --copro-* custom properties, which reach into each widget's
 * shadow root. They are set with :where(), so any rule of the site's own wins over them.
 *
 * @package CoProWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The custom properties for the active theme, as CSS declarations, or '' when the theme names none.
 *
 * @return string
 */
function coprowidgets_theme_declarations() {
	if ( ! function_exists( 'wp_get_global_styles' ) ) {
		return '';
	}
	$styles = wp_get_global_styles();
	$pick   = static function ( array $path ) use ( $styles ) {
		$value = $styles;
		foreach ( $path as $key ) {
			if ( ! is_array( $value ) || ! isset( $value[ $key ] ) ) {
				return '';
			}
			$value = $value[ $key ];
		}
		return is_string( $value ) ? coprowidgets_css_value( $value ) : '';
	};
	$background = $pick( array( 'color', 'background' ) );
	$link       = $pick( array( 'elements', 'link', 'color', 'text' ) );
	// The widgets use the accent for links on the background and for buttons with the accent-contrast colour on the
	// accent. Taking the theme's link colour and its background for that pair keeps both as readable as the theme's
	// own links (a theme's button colours, such as Twenty Twenty-Three's light green, can be unreadable as text).
	$properties = array(
		'--copro-font'            => $pick( array( 'typography', 'fontFamily' ) ),
		'--copro-text'            => $pick( array( 'color', 'text' ) ),
		'--copro-background'      => $background,
		'--copro-accent'          => '' !== $link && '' !== $background ? $link : '',
		'--copro-accent-contrast' => '' !== $link && '' !== $background ? $background : '',
		'--copro-radius'          => $pick( array( 'elements', 'button', 'border', 'radius' ) ),
	);
	$css = '';
	foreach ( $properties as $property => $value ) {
		if ( '' !== $value ) {
			$css .= $property . ':' . $value . ';';
		}
	}
	return $css;
}

/**
 * A theme.json value as CSS: "var:preset|color|contrast" becomes var(--wp--preset--color--contrast); anything that is
 * not a plain colour, font list or var() is dropped.
 *
 * @param string $value The value from the theme's global styles.
 * @return string
 */
function coprowidgets_css_value( $value ) {
	$value = trim( $value );
	if ( preg_match( '/^var:([a-z0-9|_-]+)$/i', $value, $match ) ) {
		$value = 'var(--wp--' . str_replace( '|', '--', $match[1] ) . ')';
	}
	if ( strlen( $value ) > 300 || ! preg_match( '/^[A-Za-z0-9#%(),.\'"\s_-]+$/', $value ) ) {
		return '';
	}
	return $value;
}

/**
 * Adds the theme's presets once, on pages with a widget, unless the setting is off.
 */
function coprowidgets_enqueue_theme() {
	if ( ! coprowidgets_settings()['theme'] || wp_style_is( 'coprowidgets-theme', 'enqueued' ) ) {
		return;
	}
	$declarations = coprowidgets_theme_declarations();
	if ( '' === $declarations ) {
		return;
	}
	wp_register_style( 'coprowidgets-theme', false, array(), COPROWIDGETS_VERSION );
	wp_add_inline_style( 'coprowidgets-theme', ':where(.coprowidgets){' . $declarations . '}' );
	wp_enqueue_style( 'coprowidgets-theme' );
}
