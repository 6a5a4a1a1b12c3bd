<?php
/**
 * The plugin's settings: the widget host (the COPROWIDGETS_HOST constant in wp-config.php wins over the Settings
 * page), the host's route prefix, whether widgets take the theme's colours and font, and whether the script loads on
 * every page so that links to widget pages become widgets.
 *
 * @package CoProWidgets
 */

defined( 'ABSPATH' ) || exit;

const COPROWIDGETS_OPTION = 'coprowidgets_settings';

/**
 * The stored settings with their defaults.
 *
 * @return array{host: string, prefix: string, theme: bool, everywhere: bool}
 */
function coprowidgets_settings() {
	$stored = get_option( COPROWIDGETS_OPTION, array() );
	return array_merge(
		array(
			'host'       => '',
			'prefix'     => '/copro',
			'theme'      => true,
			'everywhere' => false,
		),
		is_array( $stored ) ? $stored : array()
	);
}

/**
 * The widget host's address without a trailing slash, such as https://widgets.example.org, or '' until one is set.
 *
 * @return string
 */
function coprowidgets_host() {
	$host = defined( 'COPROWIDGETS_HOST' ) ? (string) COPROWIDGETS_HOST : coprowidgets_settings()['host'];
	return coprowidgets_clean_host( $host );
}

/**
 * An http(s) address with no query, fragment or trailing slash, or '' for anything else.
 *
 * @param mixed $value What was typed or configured.
 * @return string
 */
function coprowidgets_clean_host( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value || strlen( $value ) > 200 ) {
		return '';
	}
	$parts = wp_parse_url( $value );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || empty( $parts['scheme'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true )
		|| isset( $parts['query'] ) || isset( $parts['fragment'] ) || isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
		return '';
	}
	$address = strtolower( $parts['scheme'] ) . '://' . strtolower( $parts['host'] ) . ( isset( $parts['port'] ) ? ':' . (int) $parts['port'] : '' );
	$path    = isset( $parts['path'] ) ? trim( $parts['path'], '/' ) : '';
	if ( '' !== $path && ! preg_match( '#^[A-Za-z0-9._~/-]+$#', $path ) ) {
		return '';
	}
	return esc_url_raw( $address . ( '' === $path ? '' : '/' . $path ) );
}

/**
 * The host's route prefix for the widgets' endpoints, such as /copro.
 *
 * @return string
 */
function coprowidgets_prefix() {
	return coprowidgets_clean_prefix( coprowidgets_settings()['prefix'] );
}

/**
 * A route prefix of letters, digits, '-', '_' and '/', with one leading slash; /copro for anything else.
 *
 * @param mixed $value What was typed.
 * @return string
 */
function coprowidgets_clean_prefix( $value ) {
	$value = trim( (string) $value, " \t\n\r\0\x0B/" );
	if ( '' === $value || strlen( $value ) > 100 || ! preg_match( '#^[A-Za-z0-9_/-]+$#', $value ) || false !== strpos( $value, '//' ) ) {
		return '/copro';
	}
	return '/' . $value;
}

/**
 * Cleans the settings form's values before WordPress stores them.
 *
 * @param mixed $input The posted values.
 * @return array{host: string, prefix: string, theme: bool, everywhere: bool}
 */
function coprowidgets_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$host  = isset( $input['host'] ) ? coprowidgets_clean_host( wp_unslash( $input['host'] ) ) : '';
	if ( isset( $input['host'] ) && '' !== trim( (string) $input['host'] ) && '' === $host ) {
		add_settings_error( COPROWIDGETS_OPTION, 'coprowidgets-host', __( 'Enter the widget site\'s address starting with https://, such as https://widgets.example.org.', 'coprowidgets' ) );
		$host = coprowidgets_settings()['host'];
	}
	return array(
		'host'       => $host,
		'prefix'     => coprowidgets_clean_prefix( isset( $input['prefix'] ) ? wp_unslash( $input['prefix'] ) : '' ),
		'theme'      => ! empty( $input['theme'] ),
		'everywhere' => ! empty( $input['everywhere'] ),
	);
}
