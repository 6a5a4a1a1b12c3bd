<?php
/**
 * The settings page's check: does the widget host answer with its list of widgets, and does it allow this site to show
 * them? The host is asked (its embed check, whose address its manifest gives), never guessed: one host may serve many
 * organisations, each with its own allowed sites, chosen by the address the plugin uses. Asked only from the settings
 * page, never while a visitor waits; kept five minutes, and asked afresh when the settings are saved or "Check again"
 * is pressed.
 *
 * @package CoProWidgets
 */

defined( 'ABSPATH' ) || exit;

const COPROWIDGETS_CHECK_TRANSIENT = 'coprowidgets_check';

/**
 * This site's origin as browsers send it: scheme://host, and :port only when it is not the scheme's own.
 *
 * @return string
 */
function coprowidgets_site_origin() {
	$home    = wp_parse_url( home_url() );
	$scheme  = isset( $home['scheme'] ) ? strtolower( $home['scheme'] ) : 'https';
	$port    = isset( $home['port'] ) ? (int) $home['port'] : 0;
	$default = 'https' === $scheme ? 443 : 80;
	return $scheme . '://' . ( isset( $home['host'] ) ? strtolower( $home['host'] ) : '' ) . ( 0 !== $port && $default !== $port ? ':' . $port : '' );
}

/**
 * What the host said, kept for five minutes for the same host, prefix and origin.
 *
 * @return array{status: string, url: string, reason: string, site: string, origin: string, checked: int}
 */
function coprowidgets_check() {
	$origin = coprowidgets_site_origin();
	$for    = coprowidgets_host() . '|' . coprowidgets_prefix() . '|' . $origin;
	$kept   = get_transient( COPROWIDGETS_CHECK_TRANSIENT );
	if ( is_array( $kept ) && isset( $kept['for'], $kept['status'] ) && $for === $kept['for'] ) {
		return $kept;
	}
	$result = array_merge(
		array(
			'url'    => '',
			'reason' => '',
			'site'   => '',
		),
		coprowidgets_ask_host( $origin ),
		array(
			'for'     => $for,
			'origin'  => $origin,
			'checked' => time(),
		)
	);
	set_transient( COPROWIDGETS_CHECK_TRANSIENT, $result, 5 * MINUTE_IN_SECONDS );
	return $result;
}

/**
 * Asks the host: 'unset' (no address yet), 'down' (no list of widgets), 'unknown' (no answer about this site),
 * 'refused' or 'allowed'.
 *
 * @param string $origin This site's origin.
 * @return array
 */
function coprowidgets_ask_host( $origin ) {
	if ( '' === coprowidgets_host() ) {
		return array( 'status' => 'unset' );
	}
	$manifest = coprowidgets_fetch_manifest();
	if ( is_wp_error( $manifest ) ) {
		return array(
			'status' => 'down',
			'url'    => coprowidgets_manifest_url(),
			'reason' => $manifest->get_error_message(),
		);
	}
	if ( '' === $manifest['check'] ) {
		return array(
			'status' => 'unknown',
			'reason' => __( 'it runs a version of CoProWidgets that cannot be asked', 'coprowidgets' ),
		);
	}
	$url      = coprowidgets_origin() . $manifest['check'] . '?origin=' . rawurlencode( $origin );
	$response = wp_remote_get(
		$url,
		array(
			'timeout'             => 3,
			'redirection'         => 0,
			'limit_response_size' => 4096,
		)
	);
	$answer   = is_wp_error( $response ) || 200 !== (int) wp_remote_retrieve_response_code( $response ) ? null : json_decode( wp_remote_retrieve_body( $response ), true );
	if ( ! is_array( $answer ) || ! isset( $answer['allowed'] ) || ! is_bool( $answer['allowed'] ) ) {
		return array(
			'status' => 'unknown',
			'url'    => $url,
			/* translators: %d: the HTTP status code, such as 500. */
			'reason' => is_wp_error( $response ) ? $response->get_error_message() : sprintf( __( 'its check answered with HTTP status %d', 'coprowidgets' ), (int) wp_remote_retrieve_response_code( $response ) ),
		);
	}
	$site = isset( $answer['site'] ) && is_string( $answer['site'] ) && strlen( $answer['site'] ) <= 300 && preg_match( '#^https?://[^\s<>"]+$#i', $answer['site'] ) ? esc_url_raw( $answer['site'] ) : '';
	return array(
		'status' => $answer['allowed'] ? 'allowed' : 'refused',
		'url'    => $url,
		'site'   => $site,
	);
}

/**
 * Forgets the last answer when the settings are saved (even unchanged), so the page shows the host's answer now.
 *
 * @param mixed $value The settings about to be stored, returned as they are.
 * @return mixed
 */
function coprowidgets_forget_check( $value ) {
	delete_transient( COPROWIDGETS_CHECK_TRANSIENT );
	return $value;
}

/**
 * The "Check again" button's post: forgets the last answer and goes back to the settings page, which asks again.
 */
function coprowidgets_check_again() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Only administrators can check the widget site.', 'coprowidgets' ), '', array( 'response' => 403 ) );
	}
	check_admin_referer( 'coprowidgets_check' );
	delete_transient( COPROWIDGETS_CHECK_TRANSIENT );
	wp_safe_redirect( admin_url( 'options-general.php?page=coprowidgets' ) );
	exit;
}
