<?php
/**
 * The CoProWidgets block: rendered on the server from its attributes, with the same markup as the shortcode.
 *
 * @package CoProWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the block from its block.json.
 */
function coprowidgets_register_block() {
	register_block_type(
		COPROWIDGETS_DIR . '/blocks/widget',
		array( 'render_callback' => 'coprowidgets_render_block' )
	);
	if ( function_exists( 'wp_set_script_translations' ) ) {
		wp_set_script_translations( 'coprowidgets-widget-editor-script', 'coprowidgets', COPROWIDGETS_DIR . '/languages' );
	}
}

/**
 * The editor's list of widgets, from the widget host's manifest: kind, label and whether it takes a name.
 */
function coprowidgets_block_editor_widgets() {
	$widgets = array();
	foreach ( coprowidgets_widgets() as $kind => $widget ) {
		$widgets[] = array(
			'kind'  => $kind,
			'label' => $widget['label'],
			'name'  => $widget['name'],
		);
	}
	wp_add_inline_script( 'coprowidgets-widget-editor-script', 'window.coprowidgetsWidgets = ' . wp_json_encode( $widgets, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
}

add_action( 'enqueue_block_editor_assets', 'coprowidgets_block_editor_widgets' );

/**
 * The block's HTML.
 *
 * @param array $attributes widget, name, mode, headingLevel, title, lang, format.
 * @return string
 */
function coprowidgets_render_block( $attributes ) {
	return coprowidgets_markup(
		array(
			'widget'        => isset( $attributes['widget'] ) ? $attributes['widget'] : '',
			'name'          => isset( $attributes['name'] ) ? $attributes['name'] : '',
			'mode'          => isset( $attributes['mode'] ) ? $attributes['mode'] : 'inline',
			'heading_level' => isset( $attributes['headingLevel'] ) ? $attributes['headingLevel'] : 2,
			'title'         => isset( $attributes['title'] ) ? $attributes['title'] : '',
			'lang'          => isset( $attributes['lang'] ) ? $attributes['lang'] : '',
			'format'        => isset( $attributes['format'] ) ? $attributes['format'] : '',
		)
	);
}
