<?php
/**
 * Plugin Name:       CoProWidgets
 * Plugin URI:        https://github.com/coprowidgets/coprowidgets
 * Description:       Co-production widgets from a CoProWidgets site (principles, a survey, a get-involved sign-up, what people said and what was done) placed with a shortcode, a block or by pasting a widget's address, by any author.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            CoProWidgets
 * License:           MIT
 * Text Domain:       coprowidgets
 * Domain Path:       /languages
 *
 * @package CoProWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'COPROWIDGETS_VERSION', '1.0.0' );
define( 'COPROWIDGETS_FILE', __FILE__ );
define( 'COPROWIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/manifest.php';
require_once __DIR__ . '/includes/language.php';
require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/theme.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/check.php';
require_once __DIR__ . '/includes/check-notice.php';
require_once __DIR__ . '/includes/block.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'coprowidgets', false, dirname( plugin_basename( COPROWIDGETS_FILE ) ) . '/languages' );
		coprowidgets_register_script();
		coprowidgets_register_embed_handler();
		coprowidgets_register_block();
		add_shortcode( 'copro', 'coprowidgets_shortcode' );
	}
);

add_action( 'admin_init', 'coprowidgets_register_settings' );
add_action( 'admin_menu', 'coprowidgets_add_settings_page' );
add_action( 'admin_post_coprowidgets_check', 'coprowidgets_check_again' );
add_filter( 'pre_update_option_' . COPROWIDGETS_OPTION, 'coprowidgets_forget_check' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'coprowidgets_settings_link' );
add_action( 'wp_enqueue_scripts', 'coprowidgets_enqueue_everywhere' );
