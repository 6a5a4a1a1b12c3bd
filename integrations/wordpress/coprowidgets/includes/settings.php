<?php
/**
 * Settings, CoProWidgets: the widget site's address (unless wp-config.php sets COPROWIDGETS_HOST), its route
 * prefix, the theme's presets and the script on every page. Through the Settings API, so the form carries its nonce
 * and only people who can manage options can change anything.
 *
 * @package CoProWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the option and its fields.
 */
function coprowidgets_register_settings() {
	register_setting(
		'coprowidgets',
		COPROWIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'coprowidgets_sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'coprowidgets_main', __( 'Widget site', 'coprowidgets' ), 'coprowidgets_section_intro', 'coprowidgets' );
	add_settings_field( 'coprowidgets_host', __( 'Widget site address', 'coprowidgets' ), 'coprowidgets_field_host', 'coprowidgets', 'coprowidgets_main', array( 'label_for' => 'coprowidgets-host' ) );
	add_settings_field( 'coprowidgets_prefix', __( 'Route prefix', 'coprowidgets' ), 'coprowidgets_field_prefix', 'coprowidgets', 'coprowidgets_main', array( 'label_for' => 'coprowidgets-prefix' ) );
	add_settings_field( 'coprowidgets_theme', __( 'Look', 'coprowidgets' ), 'coprowidgets_field_theme', 'coprowidgets', 'coprowidgets_main' );
	add_settings_field( 'coprowidgets_everywhere', __( 'Links', 'coprowidgets' ), 'coprowidgets_field_everywhere', 'coprowidgets', 'coprowidgets_main' );
}

/**
 * Adds Settings, CoProWidgets for administrators.
 */
function coprowidgets_add_settings_page() {
	add_options_page( __( 'CoProWidgets', 'coprowidgets' ), __( 'CoProWidgets', 'coprowidgets' ), 'manage_options', 'coprowidgets', 'coprowidgets_settings_page' );
}

/**
 * A "Settings" link beside the plugin on the Plugins page.
 *
 * @param string[] $links The plugin's links.
 * @return string[]
 */
function coprowidgets_settings_link( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=coprowidgets' ) ) . '">' . esc_html__( 'Settings', 'coprowidgets' ) . '</a>' );
	return $links;
}

/**
 * The settings page.
 */
function coprowidgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php coprowidgets_show_check(); ?>
		<form action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>" method="post">
			<?php
			settings_fields( 'coprowidgets' );
			do_settings_sections( 'coprowidgets' );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Placing a widget', 'coprowidgets' ); ?></h2>
		<p><?php esc_html_e( 'Anyone who writes posts or pages can place a widget, in any of three ways:', 'coprowidgets' ); ?></p>
		<ul class="ul-disc">
			<li><?php esc_html_e( 'the CoProWidgets block (search for "CoProWidgets" in the block inserter);', 'coprowidgets' ); ?></li>
			<li><?php esc_html_e( 'a shortcode, such as', 'coprowidgets' ); ?> <code>[copro widget="survey" name="having-a-say"]</code> <?php esc_html_e( '(widget: principles, get-involved, survey, results or outcomes; also heading_level, mode="iframe", title, lang and format="easy-read");', 'coprowidgets' ); ?></li>
			<li><?php esc_html_e( 'a widget\'s own address on the widget site, pasted on a line of its own or into an Embed block.', 'coprowidgets' ); ?></li>
		</ul>
		<h2><?php esc_html_e( 'Language', 'coprowidgets' ); ?></h2>
		<p><?php esc_html_e( 'Widgets are shown in this site\'s language (Settings, General, Site Language) when the widget site offers it, and otherwise in the widget site\'s own language. A widget\'s lang (such as lang="cy") chooses another language for that widget, and format="easy-read" its Easy Read version.', 'coprowidgets' ); ?></p>
	</div>
	<?php
}

/**
 * What the section is for, and the origin the widget site must list.
 */
function coprowidgets_section_intro() {
	$origin = coprowidgets_site_origin();
	echo '<p>' . esc_html__( 'The CoProWidgets site that serves your widgets. Ask whoever runs it to list this site\'s address in its CoProWidgets:Embed:AllowedOrigins setting:', 'coprowidgets' ) . ' <code>' . esc_html( $origin ) . '</code></p>';
}

/**
 * The widget site's address, read-only when wp-config.php sets it.
 */
function coprowidgets_field_host() {
	if ( defined( 'COPROWIDGETS_HOST' ) ) {
		echo '<input type="url" id="coprowidgets-host" class="regular-text code" value="' . esc_attr( coprowidgets_host() ) . '" readonly aria-describedby="coprowidgets-host-description">';
		echo '<p class="description" id="coprowidgets-host-description">' . esc_html__( 'Set by COPROWIDGETS_HOST in wp-config.php, which wins over this page.', 'coprowidgets' ) . '</p>';
		return;
	}
	echo '<input type="url" id="coprowidgets-host" name="' . esc_attr( COPROWIDGETS_OPTION ) . '[host]" class="regular-text code" maxlength="200" placeholder="https://widgets.example.org" value="' . esc_attr( coprowidgets_settings()['host'] ) . '" aria-describedby="coprowidgets-host-description">';
	echo '<p class="description" id="coprowidgets-host-description">' . esc_html__( 'Such as https://widgets.example.org: the address the embed script is served from, without /_content.', 'coprowidgets' ) . '</p>';
}

/**
 * The widget site's route prefix.
 */
function coprowidgets_field_prefix() {
	echo '<input type="text" id="coprowidgets-prefix" name="' . esc_attr( COPROWIDGETS_OPTION ) . '[prefix]" class="regular-text code" maxlength="100" value="' . esc_attr( coprowidgets_prefix() ) . '" aria-describedby="coprowidgets-prefix-description">';
	echo '<p class="description" id="coprowidgets-prefix-description">' . esc_html__( 'Where the widgets\' pages are on the widget site: /copro unless its developers changed it.', 'coprowidgets' ) . '</p>';
}

/**
 * Whether the widgets take the theme's font and colours.
 */
function coprowidgets_field_theme() {
	echo '<label><input type="checkbox" name="' . esc_attr( COPROWIDGETS_OPTION ) . '[theme]" value="1"' . checked( coprowidgets_settings()['theme'], true, false ) . '> ' . esc_html__( 'Widgets use the theme\'s font, colours and corners', 'coprowidgets' ) . '</label>';
}

/**
 * Whether the script loads on every page, so that links to widget pages become widgets.
 */
function coprowidgets_field_everywhere() {
	echo '<label><input type="checkbox" name="' . esc_attr( COPROWIDGETS_OPTION ) . '[everywhere]" value="1"' . checked( coprowidgets_settings()['everywhere'], true, false ) . '> ' . esc_html__( 'Load the widget script on every page, so a link to a widget\'s page, alone in its paragraph, becomes the widget', 'coprowidgets' ) . '</label>';
}
