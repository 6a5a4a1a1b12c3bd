<?php
/**
 * Which widgets there are, and the addresses of their own pages: read from the widget host's manifest
 * ({host}{prefix}/widgets.json), so a widget added on the host reaches the shortcode, the block and pasted addresses
 * without a new plugin. Kept for an hour; when the host cannot be reached, the last copy it sent, or else the widgets
 * this plugin was released with.
 *
 * @package CoProWidgets
 */

defined( 'ABSPATH' ) || exit;

const COPROWIDGETS_MANIFEST_OPTION = 'coprowidgets_manifest';

/**
 * Each widget by kind: whether it takes a name ('required', 'optional' or 'none'), its own page's path template from
 * the host's root with {name} where the name goes ('page', and 'unnamed' for the page without a name; '' where there is
 * none), and its label and link text.
 *
 * @return array<string, array{name: string, page: string, unnamed: string, label: string, link_text: string}>
 */
function coprowidgets_widgets() {
	static $read = array();
	$key = 'coprowidgets_manifest_' . md5( coprowidgets_host() . '|' . coprowidgets_prefix() );
	if ( isset( $read[ $key ] ) ) {
		return $read[ $key ];
	}
	$widgets = get_transient( $key );
	if ( ! is_array( $widgets ) || empty( $widgets ) ) {
		$widgets = '' === coprowidgets_host() ? null : coprowidgets_read_manifest();
		if ( null !== $widgets ) {
			set_transient( $key, $widgets, HOUR_IN_SECONDS );
			update_option( COPROWIDGETS_MANIFEST_OPTION, array( $key => $widgets ), false );
		} else {
			// The host is down or not set: the last copy it sent, asked for again in five minutes.
			$last    = get_option( COPROWIDGETS_MANIFEST_OPTION );
			$widgets = is_array( $last ) && isset( $last[ $key ] ) && is_array( $last[ $key ] ) ? $last[ $key ] : coprowidgets_builtin_widgets();
			if ( '' !== coprowidgets_host() ) {
				set_transient( $key, $widgets, 5 * MINUTE_IN_SECONDS );
			}
		}
	}
	$read[ $key ] = coprowidgets_translated( $widgets );
	return $read[ $key ];
}

/**
 * The manifest from the widget host, checked, or null when it cannot be read or is not in a format this plugin knows.
 *
 * @return array|null
 */
function coprowidgets_read_manifest() {
	$manifest = coprowidgets_fetch_manifest();
	return is_wp_error( $manifest ) ? null : $manifest['widgets'];
}

/**
 * The widget host's manifest: its widgets in this plugin's form and the path of its embed check ('' from a host that
 * has none), or why it could not be read, in words the settings page shows after the manifest's address.
 *
 * @return array{widgets: array, check: string}|WP_Error
 */
function coprowidgets_fetch_manifest() {
	$response = wp_remote_get(
		coprowidgets_manifest_url(),
		array(
			'timeout'             => 3,
			'redirection'         => 0,
			'limit_response_size' => 65536,
		)
	);
	if ( is_wp_error( $response ) ) {
		return $response;
	}
	$status = (int) wp_remote_retrieve_response_code( $response );
	if ( $status >= 300 && $status < 400 ) {
		/* translators: %d: the HTTP status code, such as 301. */
		return new WP_Error( 'coprowidgets_redirect', sprintf( __( 'it redirected to another address (HTTP %d); enter that address instead, which may start with https:// rather than http://', 'coprowidgets' ), $status ) );
	}
	if ( 200 !== $status ) {
		/* translators: %d: the HTTP status code, such as 404. */
		return new WP_Error( 'coprowidgets_status', sprintf( __( 'it answered with HTTP status %d, not the list of widgets', 'coprowidgets' ), $status ) );
	}
	$manifest = json_decode( wp_remote_retrieve_body( $response ), true );
	if ( ! is_array( $manifest ) || ! isset( $manifest['version'], $manifest['widgets'] ) || ! is_array( $manifest['widgets'] ) ) {
		return new WP_Error( 'coprowidgets_format', __( 'what it sent is not a CoProWidgets list of widgets', 'coprowidgets' ) );
	}
	if ( 1 !== $manifest['version'] ) {
		return new WP_Error( 'coprowidgets_version', __( 'its list of widgets is in a format this version of the plugin does not know; update the plugin', 'coprowidgets' ) );
	}
	$widgets = array();
	foreach ( array_slice( $manifest['widgets'], 0, 50 ) as $widget ) {
		$checked = is_array( $widget ) ? coprowidgets_checked_widget( $widget ) : null;
		if ( null !== $checked ) {
			$widgets[ $checked['kind'] ] = $checked;
		}
	}
	if ( empty( $widgets ) ) {
		return new WP_Error( 'coprowidgets_format', __( 'its list of widgets has none this plugin can show', 'coprowidgets' ) );
	}
	$check = isset( $manifest['embedCheck'] ) && is_string( $manifest['embedCheck'] ) && strlen( $manifest['embedCheck'] ) <= 200
		&& preg_match( '#^/[A-Za-z0-9._~/-]*$#', $manifest['embedCheck'] ) ? $manifest['embedCheck'] : '';
	return array(
		'widgets' => $widgets,
		'check'   => $check,
	);
}

/**
 * The address of the widget host's manifest.
 *
 * @return string
 */
function coprowidgets_manifest_url() {
	return coprowidgets_host() . coprowidgets_prefix() . '/widgets.json';
}

/**
 * One widget of the manifest in this plugin's form, or null when anything in it is not as the format says.
 *
 * @param array $widget The manifest's entry.
 * @return array|null
 */
function coprowidgets_checked_widget( $widget ) {
	$text  = static function ( $key ) use ( $widget ) {
		return isset( $widget[ $key ] ) && is_string( $widget[ $key ] ) && strlen( $widget[ $key ] ) <= 200 ? wp_strip_all_tags( $widget[ $key ] ) : null;
	};
	$path  = static function ( $key, $named ) use ( $widget ) {
		if ( ! isset( $widget[ $key ] ) ) {
			return '';
		}
		$path = $widget[ $key ];
		return is_string( $path ) && strlen( $path ) <= 200 && preg_match( '#^/[A-Za-z0-9._~/{}-]*$#', $path )
			&& substr_count( $path, '{name}' ) === ( $named ? 1 : 0 ) && substr_count( $path, '{' ) === substr_count( $path, '{name}' ) ? $path : null;
	};
	$kind  = $text( 'kind' );
	$name  = $text( 'name' );
	$page  = $path( 'page', true );
	$other = $path( 'unnamedPage', false );
	if ( null === $kind || ! preg_match( '/^[a-z][a-z0-9-]{0,31}$/', $kind ) || ! in_array( $name, array( 'required', 'optional', 'none' ), true )
		|| null === $page || null === $other || ( 'none' !== $name && '' === $page ) || ( 'required' !== $name && '' === $other ) ) {
		return null;
	}
	// The checked kind is the key: what was stripped is not what was checked.
	return array(
		'kind'      => $kind,
		'name'      => $name,
		'page'      => $page,
		'unnamed'   => $other,
		'label'     => null === $text( 'label' ) ? $kind : $text( 'label' ),
		'link_text' => null === $text( 'linkText' ) ? $kind : $text( 'linkText' ),
	);
}

/**
 * The widgets this plugin was released with, for when the host has never answered.
 *
 * @return array
 */
function coprowidgets_builtin_widgets() {
	$base = (string) wp_parse_url( coprowidgets_host(), PHP_URL_PATH ) . coprowidgets_prefix();
	$make = static function ( $name, $page, $unnamed ) use ( $base ) {
		return array(
			'name'      => $name,
			'page'      => '' === $page ? '' : $base . $page,
			'unnamed'   => '' === $unnamed ? '' : $base . $unnamed,
			'label'     => '',
			'link_text' => '',
		);
	};
	return array(
		'principles'   => $make( 'required', '/principles/{name}/page', '' ),
		'get-involved' => $make( 'none', '', '/get-involved' ),
		'survey'       => $make( 'required', '/surveys/{name}', '' ),
		'results'      => $make( 'required', '/surveys/{name}/results', '' ),
		'outcomes'     => $make( 'optional', '/outcomes/{name}', '/outcomes' ),
	);
}

/**
 * The widgets with the words this plugin can translate in place of the host's, for the kinds it knows.
 *
 * @param array $widgets From the manifest or the built-in list.
 * @return array
 */
function coprowidgets_translated( $widgets ) {
	$known = array(
		'principles'   => array( __( 'Principles', 'coprowidgets' ), __( 'Read how we work with people', 'coprowidgets' ) ),
		'get-involved' => array( __( 'Get involved (sign-up)', 'coprowidgets' ), __( 'Get involved', 'coprowidgets' ) ),
		'survey'       => array( __( 'Survey', 'coprowidgets' ), __( 'Answer our survey', 'coprowidgets' ) ),
		'results'      => array( __( 'What people said (results)', 'coprowidgets' ), __( 'See what people told us', 'coprowidgets' ) ),
		'outcomes'     => array( __( 'You said, we did (outcomes)', 'coprowidgets' ), __( 'You said, we did', 'coprowidgets' ) ),
	);
	foreach ( $widgets as $kind => $widget ) {
		if ( isset( $known[ $kind ] ) ) {
			$widgets[ $kind ]['label']     = $known[ $kind ][0];
			$widgets[ $kind ]['link_text'] = $known[ $kind ][1];
		}
	}
	return $widgets;
}

/**
 * The widget whose own page an address is, and the name in it, or null.
 *
 * @param string $url An address.
 * @return array{widget: string, name: string}|null
 */
function coprowidgets_parse_page_url( $url ) {
	$origin = coprowidgets_origin();
	if ( '' === $origin || 0 !== stripos( preg_replace( '#^https?://#i', '', $url ), preg_replace( '#^https?://#', '', $origin ) ) ) {
		return null;
	}
	$path = (string) wp_parse_url( $url, PHP_URL_PATH );
	foreach ( coprowidgets_widgets() as $kind => $widget ) {
		foreach ( array( 'page', 'unnamed' ) as $which ) {
			if ( '' !== $widget[ $which ] && preg_match( coprowidgets_path_pattern( $widget[ $which ] ), $path, $matches ) ) {
				return array(
					'widget' => $kind,
					'name'   => isset( $matches[1] ) ? $matches[1] : '',
				);
			}
		}
	}
	return null;
}

/**
 * A path template as a regular expression, {name} a content name.
 *
 * @param string $template Such as /copro/surveys/{name}.
 * @return string
 */
function coprowidgets_path_pattern( $template ) {
	return '#^' . str_replace( preg_quote( '{name}', '#' ), '([A-Za-z0-9][A-Za-z0-9_-]{0,63})', preg_quote( $template, '#' ) ) . '/?$#i';
}

/**
 * The widget host's scheme, host and port, without its path.
 *
 * @return string
 */
function coprowidgets_origin() {
	$host = coprowidgets_host();
	$path = (string) wp_parse_url( $host, PHP_URL_PATH );
	return '' === $path ? $host : substr( $host, 0, -strlen( $path ) );
}
