<?php
/**
 * Removes the plugin's settings when it is deleted (on every site of a network).
 *
 * @package CoProWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $coprowidgets_site ) {
		switch_to_blog( $coprowidgets_site );
		delete_option( 'coprowidgets_settings' );
		delete_option( 'coprowidgets_manifest' );
		delete_transient( 'coprowidgets_check' );
		restore_current_blog();
	}
} else {
	delete_option( 'coprowidgets_settings' );
	delete_option( 'coprowidgets_manifest' );
	delete_transient( 'coprowidgets_check' );
}
