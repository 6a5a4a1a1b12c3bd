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
 * The block's HTML.
 *
 * @param array $attributes widget, name, mode, headingLevel, title.
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
		)
	);
}
