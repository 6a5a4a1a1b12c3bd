<?php
/**
 * What the settings page says about the check, as a WordPress admin notice: that all is well, or exactly what to fix
 * and who can fix it; with a "Check again" button.
 *
 * @package CoProWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The notice's kind (success, error, warning or info) and its sentences, for a check's result.
 *
 * @param array $check From coprowidgets_check().
 * @return array{0: string, 1: string[]}
 */
function coprowidgets_check_message( $check ) {
	$origin = $check['origin'];
	/* translators: %s: the widget site's own address, such as https://widgets.example.org/. */
	$site = '' === $check['site'] ? array() : array( sprintf( __( 'The widget site gives its own address as %s.', 'coprowidgets' ), $check['site'] ) );
	switch ( $check['status'] ) {
		case 'allowed':
			return array(
				'success',
				array_merge(
					/* translators: 1: the widget site's address, 2: this site's origin, such as https://www.example.org. */
					array( sprintf( __( 'The widget site answers at %1$s and allows this site (%2$s) to show its widgets.', 'coprowidgets' ), coprowidgets_host(), $origin ) ),
					$site
				),
			);
		case 'refused':
			return array(
				'error',
				array_merge(
					/* translators: %s: this site's origin, such as https://www.example.org. */
					array( sprintf( __( 'The widget site answers, but does not allow this site (%s) to show its widgets: visitors see only links where the widgets should be.', 'coprowidgets' ), $origin ) ),
					/* translators: %s: this site's origin, such as https://www.example.org. */
					array( sprintf( __( 'Ask the widget site\'s administrator to add %s to the organisation\'s allowed origins (CoProWidgets:Embed:AllowedOrigins), then check again.', 'coprowidgets' ), $origin ) ),
					$site
				),
			);
		case 'down':
			return array(
				'error',
				array(
					/* translators: 1: the address asked, such as https://widgets.example.org/copro/widgets.json, 2: why it failed. */
					sprintf( __( 'The widget site did not answer at %1$s: %2$s.', 'coprowidgets' ), $check['url'], rtrim( $check['reason'], '.' ) ),
					__( 'Check the widget site\'s address and route prefix below, and that the widget site is running, then check again.', 'coprowidgets' ),
				),
			);
		case 'unknown':
			return array(
				'warning',
				array(
					/* translators: 1: this site's origin, such as https://www.example.org, 2: why. */
					sprintf( __( 'The widget site answers, but could not say whether it allows this site (%1$s) to show its widgets: %2$s.', 'coprowidgets' ), $origin, rtrim( $check['reason'], '.' ) ),
					/* translators: %s: this site's origin, such as https://www.example.org. */
					sprintf( __( 'Ask the widget site\'s administrator to make sure %s is in the organisation\'s allowed origins (CoProWidgets:Embed:AllowedOrigins).', 'coprowidgets' ), $origin ),
				),
			);
		default:
			return array( 'info', array( __( 'Enter the widget site\'s address and save: this page then checks that the widget site answers and allows this site to show its widgets.', 'coprowidgets' ) ) );
	}
}

/**
 * Shows the check's notice, with when it was made and the button that asks again.
 */
function coprowidgets_show_check() {
	$check                    = coprowidgets_check();
	list( $kind, $sentences ) = coprowidgets_check_message( $check );
	echo '<div class="notice notice-' . esc_attr( $kind ) . ' inline" id="coprowidgets-check">';
	echo '<h2>' . esc_html__( 'Connection to the widget site', 'coprowidgets' ) . '</h2>';
	foreach ( $sentences as $sentence ) {
		echo '<p>' . esc_html( $sentence ) . '</p>';
	}
	if ( 'unset' === $check['status'] ) {
		echo '</div>';
		return;
	}
	echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"><p>';
	/* translators: %s: the time of the check, such as 10:42. */
	echo esc_html( sprintf( __( 'Checked at %s.', 'coprowidgets' ), wp_date( (string) get_option( 'time_format' ), (int) $check['checked'] ) ) ) . ' ';
	echo '<input type="hidden" name="action" value="coprowidgets_check">';
	wp_nonce_field( 'coprowidgets_check' );
	echo '<button type="submit" class="button">' . esc_html__( 'Check again', 'coprowidgets' ) . '</button></p></form></div>';
}
