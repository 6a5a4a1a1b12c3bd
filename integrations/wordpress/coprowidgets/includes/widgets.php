<?php
/**
 * Placing widgets: the markup copro.js mounts (a div holding a link to the widget's own page, which is what visitors
 * without JavaScript, and everyone until the widget arrives, see), the [copro] shortcode, the embed handler for a
 * pasted widget address, and the script, enqueued once, async, only on pages that show a widget.
 *
 * @package CoProWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The link text visitors see before the widget arrives (and without JavaScript), when no title is given.
 *
 * @param string $widget The widget.
 * @return string
 */
function coprowidgets_default_title( $widget ) {
	$widgets = coprowidgets_widgets();
	return isset( $widgets[ $widget ] ) && '' !== $widgets[ $widget ]['link_text'] ? $widgets[ $widget ]['link_text'] : $widget;
}

/**
 * Checks a widget's choices.
 *
 * @param array $atts widget, name, mode (inline or iframe), heading_level (1 to 5), title, lang (a language tag) and
 *                    format (easy-read).
 * @return array{widget: string, name: string, mode: string, heading_level: int, title: string, lang: string, format: string}|WP_Error
 */
function coprowidgets_choices( $atts ) {
	$widgets = coprowidgets_widgets();
	$widget  = isset( $atts['widget'] ) ? strtolower( trim( (string) $atts['widget'] ) ) : '';
	if ( ! isset( $widgets[ $widget ] ) ) {
		/* translators: %s: the widgets that exist, separated by commas. */
		return new WP_Error( 'coprowidgets_widget', sprintf( __( 'Choose a widget: %s.', 'coprowidgets' ), implode( ', ', array_keys( $widgets ) ) ) );
	}
	$name = isset( $atts['name'] ) ? trim( (string) $atts['name'] ) : '';
	if ( '' !== $name && ( strlen( $name ) > 100 || ! preg_match( '/^[A-Za-z0-9_-]+$/', $name ) ) ) {
		return new WP_Error( 'coprowidgets_name', __( 'A widget\'s name is its file name on the widget site without .md: letters, digits, - and _ only.', 'coprowidgets' ) );
	}
	if ( 'required' === $widgets[ $widget ]['name'] && '' === $name ) {
		/* translators: %s: the widget, such as survey. */
		return new WP_Error( 'coprowidgets_name', sprintf( __( 'The %s widget needs a name: its file name on the widget site, such as having-a-say.', 'coprowidgets' ), $widget ) );
	}
	if ( 'none' === $widgets[ $widget ]['name'] ) {
		$name = '';
	}
	$mode  = isset( $atts['mode'] ) && 'iframe' === strtolower( trim( (string) $atts['mode'] ) ) ? 'iframe' : 'inline';
	$level = isset( $atts['heading_level'] ) ? (int) $atts['heading_level'] : 2;
	$title = isset( $atts['title'] ) ? trim( wp_strip_all_tags( (string) $atts['title'] ) ) : '';
	return array(
		'widget'        => $widget,
		'name'          => $name,
		'mode'          => $mode,
		'heading_level' => min( 5, max( 1, $level ) ),
		'title'         => '' === $title ? coprowidgets_default_title( $widget ) : mb_substr( $title, 0, 200 ),
		'lang'          => coprowidgets_widget_language( isset( $atts['lang'] ) ? $atts['lang'] : '' ),
		'format'        => coprowidgets_widget_format( isset( $atts['format'] ) ? $atts['format'] : '' ),
	);
}

/**
 * The widget's own page on the widget host, in the widget's language and format, for visitors without JavaScript.
 *
 * @param array $choices From coprowidgets_choices().
 * @return string
 */
function coprowidgets_page_url( $choices ) {
	$widget = coprowidgets_widgets()[ $choices['widget'] ];
	$path   = '' === $choices['name'] ? $widget['unnamed'] : str_replace( '{name}', rawurlencode( $choices['name'] ), $widget['page'] );
	$query  = array_filter(
		array(
			'lang'   => $choices['lang'],
			'format' => $choices['format'],
		)
	);
	return add_query_arg( $query, coprowidgets_origin() . $path );
}

/**
 * The HTML for one widget: what copro.js mounts, with the link to the widget's own page inside. Enqueues the script
 * unless told not to. Visitors never see a problem: editors who can edit the post see what to fix, everyone else
 * sees nothing.
 *
 * @param array $atts    widget, name, mode, heading_level, title, lang, format.
 * @param bool  $enqueue Whether to enqueue the script and the theme's presets.
 * @return string
 */
function coprowidgets_markup( $atts, $enqueue = true ) {
	$choices = coprowidgets_choices( $atts );
	if ( is_wp_error( $choices ) ) {
		return coprowidgets_problem( $choices->get_error_message() );
	}
	if ( '' === coprowidgets_host() ) {
		return coprowidgets_problem( __( 'CoProWidgets has no widget site yet: set its address under Settings, CoProWidgets.', 'coprowidgets' ) );
	}
	if ( $enqueue ) {
		coprowidgets_enqueue();
	}
	$attributes = array(
		'class'                    => 'coprowidgets',
		'data-copro-widget'        => $choices['widget'],
		'data-copro-name'          => $choices['name'],
		'data-copro-heading-level' => (string) $choices['heading_level'],
		'data-copro-mode'          => 'iframe' === $choices['mode'] ? 'iframe' : '',
		'data-copro-title'         => 'iframe' === $choices['mode'] ? $choices['title'] : '',
		'data-copro-lang'          => $choices['lang'],
		'data-copro-format'        => $choices['format'],
	);
	$html = '<div';
	foreach ( $attributes as $attribute => $value ) {
		if ( '' !== $value ) {
			$html .= ' ' . $attribute . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html . '><a href="' . esc_url( coprowidgets_page_url( $choices ) ) . '">' . esc_html( $choices['title'] ) . '</a></div>';
}

/**
 * A message about a misplaced widget for people who can edit the post, as a note in the page; nothing for visitors.
 *
 * @param string $message What to fix.
 * @return string
 */
function coprowidgets_problem( $message ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	/* translators: %s: what is wrong with the widget. */
	return '<p class="coprowidgets-problem"><strong>' . esc_html( sprintf( __( 'CoProWidgets: %s', 'coprowidgets' ), $message ) ) . '</strong></p>';
}

/**
 * [copro widget="survey" name="having-a-say" heading_level="3" mode="iframe" title="Answer our survey" lang="cy" format="easy-read"]
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string
 */
function coprowidgets_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'widget'        => '',
			'name'          => '',
			'mode'          => 'inline',
			'heading_level' => '2',
			'title'         => '',
			'lang'          => '',
			'format'        => '',
		),
		$atts,
		'copro'
	);
	return coprowidgets_markup( $atts );
}

/**
 * A widget's address alone in a paragraph is embedded inside that paragraph; a div may not be in a p, so the p goes.
 *
 * @param string $content The post's HTML.
 * @return string
 */
function coprowidgets_unwrap( $content ) {
	if ( false === strpos( $content, 'class="coprowidgets"' ) ) {
		return $content;
	}
	return preg_replace( '#<p>\s*(<div class="coprowidgets"[^>]*><a [^>]*>[^<]*</a></div>)\s*</p>#', '$1', $content );
}

add_filter( 'the_content', 'coprowidgets_unwrap', 20 );

/**
 * The regular expression for the widget host's pages, for the embed handler, which then asks which widget's it is.
 *
 * @return string
 */
function coprowidgets_embed_pattern() {
	return '#^https?://' . preg_quote( preg_replace( '#^https?://#', '', coprowidgets_host() . coprowidgets_prefix() ), '#' ) . '/\S+$#i';
}

/**
 * Lets a widget's address, pasted on a line of its own or into the Embed block, show the widget.
 */
function coprowidgets_register_embed_handler() {
	if ( '' !== coprowidgets_host() ) {
		wp_embed_register_handler( 'coprowidgets', coprowidgets_embed_pattern(), 'coprowidgets_embed' );
	}
}

/**
 * The embed handler: the widget for the pasted address (in the language and format its query asks for, if any), or
 * the address as a plain link when it is no widget's page.
 * In the editor's preview (a REST request shown in a sandboxed frame of the editor's own page, without the site's
 * scripts) the script comes with it.
 *
 * @param array  $matches The pattern's groups.
 * @param array  $attr    Embed attributes (unused).
 * @param string $url     The pasted address.
 * @return string
 */
function coprowidgets_embed( $matches, $attr, $url ) {
	$page = coprowidgets_parse_page_url( $url );
	if ( null === $page ) {
		return '<a href="' . esc_url( $url ) . '">' . esc_html( $url ) . '</a>';
	}
	// The editor's preview lists the scripts enqueued while rendering and adds them without attributes: the script
	// comes in the HTML instead, with the route prefix, once.
	$preview = defined( 'REST_REQUEST' ) && REST_REQUEST;
	$html    = coprowidgets_markup( array_merge( $page, coprowidgets_address_variant( $url ) ), ! $preview );
	if ( $preview && false !== strpos( $html, 'data-copro-widget' ) ) {
		$html .= '<script src="' . esc_url( coprowidgets_script_url() ) . '" data-copro-prefix="' . esc_attr( coprowidgets_prefix() ) . '" async></script>';
	}
	return apply_filters( 'coprowidgets_embed', $html, $matches, $attr, $url );
}

/**
 * The embed script on the widget host.
 *
 * @return string
 */
function coprowidgets_script_url() {
	return coprowidgets_host() . '/_content/CoProWidgets/copro.js';
}

/**
 * Registers copro.js from the widget host (no version query: the host serves it).
 */
function coprowidgets_register_script() {
	if ( '' !== coprowidgets_host() ) {
		wp_register_script( 'coprowidgets', coprowidgets_script_url(), array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
	}
}

add_filter(
	'script_loader_tag',
	static function ( $tag, $handle ) {
		if ( 'coprowidgets' !== $handle ) {
			return $tag;
		}
		// Async, and the host's route prefix for the script: works on WordPress before 6.3's loading strategies too.
		$extra = ' data-copro-prefix="' . esc_attr( coprowidgets_prefix() ) . '"' . ( false === strpos( $tag, ' async' ) ? ' async' : '' );
		return preg_replace( '/<script(?=[\s>])/', '<script' . $extra, $tag, 1 );
	},
	10,
	2
);

/**
 * Enqueues the script (once, however many widgets the page has) and the theme's presets for the widgets.
 */
function coprowidgets_enqueue() {
	if ( wp_script_is( 'coprowidgets', 'registered' ) ) {
		wp_enqueue_script( 'coprowidgets' );
		coprowidgets_enqueue_theme();
	}
}

/**
 * With "Load the widget script on every page" ticked, the script is on every page, so links become widgets.
 */
function coprowidgets_enqueue_everywhere() {
	if ( coprowidgets_settings()['everywhere'] ) {
		coprowidgets_enqueue();
	}
}
